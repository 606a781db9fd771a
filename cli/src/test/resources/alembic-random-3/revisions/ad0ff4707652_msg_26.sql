-- revision: ad0ff4707652
-- message: msg 26
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_ad0ff4707652 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_ad0ff4707652;
