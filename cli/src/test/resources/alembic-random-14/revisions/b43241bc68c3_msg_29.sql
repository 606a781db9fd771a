-- revision: b43241bc68c3
-- down_revision: 3f4f0813e30b
-- message: msg 29
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_b43241bc68c3 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_b43241bc68c3;
