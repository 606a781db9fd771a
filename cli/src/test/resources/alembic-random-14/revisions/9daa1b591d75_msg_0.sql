-- revision: 9daa1b591d75
-- message: msg 0
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_9daa1b591d75 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_9daa1b591d75;
