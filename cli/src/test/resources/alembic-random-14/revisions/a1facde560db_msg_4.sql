-- revision: a1facde560db
-- down_revision: 3f37f0baef3a
-- message: msg 4
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_a1facde560db (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_a1facde560db;
