-- revision: 9bde5a427c37
-- down_revision: a1d696d60464
-- message: msg 25
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_9bde5a427c37 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_9bde5a427c37;
