-- revision: 81e6db522231
-- down_revision: f3335b6659ea
-- message: msg 13
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_81e6db522231 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_81e6db522231;
