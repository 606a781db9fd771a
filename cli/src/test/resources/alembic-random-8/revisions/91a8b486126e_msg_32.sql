-- revision: 91a8b486126e
-- down_revision: 4bb3030cf05d, 855cc3a7db15
-- message: msg 32
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_91a8b486126e (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_91a8b486126e;
