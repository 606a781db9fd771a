-- revision: 154d071d1481
-- down_revision: 39274375d034
-- message: msg 6
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_154d071d1481 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_154d071d1481;
