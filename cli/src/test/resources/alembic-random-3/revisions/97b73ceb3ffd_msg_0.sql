-- revision: 97b73ceb3ffd
-- message: msg 0
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_97b73ceb3ffd (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_97b73ceb3ffd;
