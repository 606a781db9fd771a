-- revision: fcbbf1a58c2e
-- down_revision: 6cd917cdc79a
-- message: msg 16
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_fcbbf1a58c2e (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_fcbbf1a58c2e;
