-- revision: 3f37f0baef3a
-- down_revision: 9daa1b591d75
-- message: msg 1
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_3f37f0baef3a (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_3f37f0baef3a;
