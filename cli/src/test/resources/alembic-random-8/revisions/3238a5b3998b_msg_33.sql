-- revision: 3238a5b3998b
-- message: msg 33
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_3238a5b3998b (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_3238a5b3998b;
