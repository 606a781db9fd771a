-- revision: 8c7b6a5d4e3f
-- down_revision: 9b8a7c6d5e4f
-- depends_on: 55af2cb1c267
-- message: reports need audit
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_8c7b6a5d4e3f (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_8c7b6a5d4e3f;
