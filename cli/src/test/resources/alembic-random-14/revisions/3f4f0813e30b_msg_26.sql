-- revision: 3f4f0813e30b
-- down_revision: 8fa5081257d1
-- message: msg 26
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_3f4f0813e30b (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_3f4f0813e30b;
