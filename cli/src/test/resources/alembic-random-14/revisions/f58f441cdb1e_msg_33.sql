-- revision: f58f441cdb1e
-- down_revision: cea14343c162
-- depends_on: 154d071d1481
-- message: msg 33
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_f58f441cdb1e (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_f58f441cdb1e;
