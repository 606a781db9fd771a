-- revision: 6cd917cdc79a
-- down_revision: 47d94754665a
-- message: msg 12
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_6cd917cdc79a (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_6cd917cdc79a;
