-- revision: 06e4d0247e4c
-- down_revision: d8055e80dfff
-- message: msg 29
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_06e4d0247e4c (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_06e4d0247e4c;
