-- revision: dde5eba94dad
-- message: msg 34
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_dde5eba94dad (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_dde5eba94dad;
