-- revision: 3c47cbe17a13
-- down_revision: f58f441cdb1e
-- message: msg 39
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_3c47cbe17a13 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_3c47cbe17a13;
