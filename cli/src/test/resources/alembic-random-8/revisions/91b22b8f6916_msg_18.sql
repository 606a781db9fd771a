-- revision: 91b22b8f6916
-- down_revision: 81e6db522231
-- message: msg 18
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_91b22b8f6916 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_91b22b8f6916;
