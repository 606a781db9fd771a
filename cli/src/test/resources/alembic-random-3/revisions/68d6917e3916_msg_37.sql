-- revision: 68d6917e3916
-- message: msg 37
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_68d6917e3916 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_68d6917e3916;
