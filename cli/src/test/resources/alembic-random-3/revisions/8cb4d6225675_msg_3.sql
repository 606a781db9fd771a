-- revision: 8cb4d6225675
-- down_revision: 4265781f9c58
-- message: msg 3
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_8cb4d6225675 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_8cb4d6225675;
