-- revision: 62e6573e304f
-- down_revision: eebb2a8ae166
-- message: msg 22
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_62e6573e304f (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_62e6573e304f;
