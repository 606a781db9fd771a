-- revision: fb9f06728249
-- message: msg 19
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_fb9f06728249 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_fb9f06728249;
