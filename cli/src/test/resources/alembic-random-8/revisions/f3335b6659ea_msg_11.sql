-- revision: f3335b6659ea
-- down_revision: 7d1909974b85
-- message: msg 11
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_f3335b6659ea (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_f3335b6659ea;
