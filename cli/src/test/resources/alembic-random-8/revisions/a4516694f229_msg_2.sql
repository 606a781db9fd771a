-- revision: a4516694f229
-- message: msg 2
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_a4516694f229 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_a4516694f229;
