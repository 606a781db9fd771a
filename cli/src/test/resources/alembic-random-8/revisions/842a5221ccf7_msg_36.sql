-- revision: 842a5221ccf7
-- down_revision: 91a8b486126e
-- message: msg 36
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_842a5221ccf7 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_842a5221ccf7;
