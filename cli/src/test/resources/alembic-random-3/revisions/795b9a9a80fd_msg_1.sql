-- revision: 795b9a9a80fd
-- down_revision: 97b73ceb3ffd
-- message: msg 1
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_795b9a9a80fd (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_795b9a9a80fd;
