-- revision: e57b704b3d09
-- down_revision: 154d071d1481
-- message: msg 7
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_e57b704b3d09 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_e57b704b3d09;
