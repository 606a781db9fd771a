-- revision: 9e04e00bbe3f
-- message: msg 24
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_9e04e00bbe3f (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_9e04e00bbe3f;
