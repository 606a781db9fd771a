-- revision: 8bc263571e05
-- down_revision: 007432f439e7
-- message: msg 25
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_8bc263571e05 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_8bc263571e05;
