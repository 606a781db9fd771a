-- revision: a32d96ce3859
-- down_revision: 39274375d034
-- message: msg 8
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_a32d96ce3859 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_a32d96ce3859;
