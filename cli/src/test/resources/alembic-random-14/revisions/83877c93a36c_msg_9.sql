-- revision: 83877c93a36c
-- down_revision: 2a3a467c0714
-- message: msg 9
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_83877c93a36c (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_83877c93a36c;
