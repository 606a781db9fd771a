-- revision: 7d1909974b85
-- down_revision: 313692b850ad
-- message: msg 8
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_7d1909974b85 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_7d1909974b85;
