-- revision: 9b8a7c6d5e4f
-- branch_labels: reports
-- message: reports base
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_9b8a7c6d5e4f (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_9b8a7c6d5e4f;
