-- revision: a823986f8c11
-- down_revision: fb3d38d76bd9
-- branch_labels: lbl32
-- message: msg 32
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_a823986f8c11 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_a823986f8c11;
