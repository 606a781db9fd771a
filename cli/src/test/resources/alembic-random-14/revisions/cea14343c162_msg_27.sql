-- revision: cea14343c162
-- down_revision: 154d071d1481, 3f37f0baef3a
-- message: msg 27
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_cea14343c162 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_cea14343c162;
