-- revision: 62c8d55ec1a5
-- down_revision: ef82f6ced90a
-- message: msg 10
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_62c8d55ec1a5 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_62c8d55ec1a5;
