-- revision: 437778965416
-- down_revision: b4167d32a82f
-- message: msg 17
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_437778965416 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_437778965416;
