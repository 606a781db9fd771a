-- revision: 3287f2ead0a8
-- down_revision: 7bc7fd63ed5b
-- message: msg 18
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_3287f2ead0a8 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_3287f2ead0a8;
