-- revision: c9c1b6d13089
-- down_revision: de3826d0b944
-- message: msg 7
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_c9c1b6d13089 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_c9c1b6d13089;
