-- revision: d5a1e6f7c8b9
-- down_revision: 4f3d1c0b9e21
-- message: add email
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_d5a1e6f7c8b9 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_d5a1e6f7c8b9;
