-- revision: fb3d38d76bd9
-- down_revision: 25801712462d
-- message: msg 31
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_fb3d38d76bd9 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_fb3d38d76bd9;
