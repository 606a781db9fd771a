-- revision: 39274375d034
-- down_revision: 3f37f0baef3a
-- message: msg 3
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_39274375d034 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_39274375d034;
