-- revision: 703c39763c0b
-- down_revision: 97b94c736db3
-- branch_labels: lbl32
-- message: msg 32
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_703c39763c0b (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_703c39763c0b;
