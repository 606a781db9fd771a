-- revision: 007432f439e7
-- down_revision: fb9f06728249
-- message: msg 21
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_007432f439e7 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_007432f439e7;
