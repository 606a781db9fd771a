-- revision: 60b70b813439
-- down_revision: b210abd8952c
-- message: msg 16
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_60b70b813439 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_60b70b813439;
