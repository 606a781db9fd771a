-- revision: 8f2bae541ad6
-- down_revision: 60b70b813439, ef82f6ced90a
-- message: msg 21
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_8f2bae541ad6 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_8f2bae541ad6;
