-- revision: 5db5f707c19e
-- message: msg 23
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_5db5f707c19e (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_5db5f707c19e;
