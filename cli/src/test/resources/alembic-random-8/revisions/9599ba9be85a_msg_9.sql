-- revision: 9599ba9be85a
-- down_revision: 1d1db9db434b
-- message: msg 9
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_9599ba9be85a (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_9599ba9be85a;
