-- revision: 7cad423b2db3
-- down_revision: 3f4f0813e30b
-- depends_on: 39274375d034
-- message: msg 28
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_7cad423b2db3 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_7cad423b2db3;
