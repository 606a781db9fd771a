-- revision: 55af2cb1c267
-- down_revision: ae1027a6acf0
-- message: audit log
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_55af2cb1c267 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_55af2cb1c267;
