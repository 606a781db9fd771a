-- revision: d997cb3a88f6
-- down_revision: 703c39763c0b
-- message: msg 36
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_d997cb3a88f6 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_d997cb3a88f6;
