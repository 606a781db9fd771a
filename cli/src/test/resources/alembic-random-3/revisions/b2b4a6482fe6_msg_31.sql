-- revision: b2b4a6482fe6
-- down_revision: fad90add12e3, 62c8d55ec1a5
-- message: msg 31
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_b2b4a6482fe6 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_b2b4a6482fe6;
