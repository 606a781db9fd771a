-- revision: ce6615e58ecb
-- down_revision: e28837d02410
-- message: msg 35
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_ce6615e58ecb (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_ce6615e58ecb;
