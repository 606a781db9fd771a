-- revision: a75a38f83d74
-- down_revision: 9bde5a427c37
-- message: msg 30
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_a75a38f83d74 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_a75a38f83d74;
