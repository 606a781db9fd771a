-- revision: 8fa5081257d1
-- down_revision: ae1c9a9aed62
-- message: msg 23
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_8fa5081257d1 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_8fa5081257d1;
