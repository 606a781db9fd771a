-- revision: e28837d02410
-- down_revision: 06e4d0247e4c
-- message: msg 33
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_e28837d02410 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_e28837d02410;
