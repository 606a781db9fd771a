-- revision: 522fbe4840aa
-- down_revision: 17e48723160d
-- message: msg 34
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_522fbe4840aa (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_522fbe4840aa;
