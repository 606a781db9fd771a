-- revision: 1dd14ccfbbbf
-- message: msg 17
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_1dd14ccfbbbf (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_1dd14ccfbbbf;
