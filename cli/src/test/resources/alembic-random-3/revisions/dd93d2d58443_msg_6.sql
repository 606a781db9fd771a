-- revision: dd93d2d58443
-- down_revision: de3826d0b944
-- message: msg 6
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_dd93d2d58443 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_dd93d2d58443;
