-- revision: 7c204f3d0144
-- down_revision: 4804cc5994d0
-- depends_on: e57b704b3d09
-- message: msg 13
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_7c204f3d0144 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_7c204f3d0144;
