-- revision: 7bc7fd63ed5b
-- down_revision: b210abd8952c, 795b9a9a80fd
-- message: msg 14
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_7bc7fd63ed5b (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_7bc7fd63ed5b;
