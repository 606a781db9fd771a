-- revision: 4265781f9c58
-- down_revision: 97b73ceb3ffd
-- message: msg 2
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_4265781f9c58 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_4265781f9c58;
