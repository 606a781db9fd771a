-- revision: 25801712462d
-- down_revision: 8bc263571e05
-- message: msg 30
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_25801712462d (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_25801712462d;
