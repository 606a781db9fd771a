-- revision: fad90add12e3
-- down_revision: 6d594b3c74f7
-- message: msg 19
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_fad90add12e3 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_fad90add12e3;
