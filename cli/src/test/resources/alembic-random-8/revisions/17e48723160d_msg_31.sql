-- revision: 17e48723160d
-- down_revision: 99c3b5548873
-- message: msg 31
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_17e48723160d (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_17e48723160d;
