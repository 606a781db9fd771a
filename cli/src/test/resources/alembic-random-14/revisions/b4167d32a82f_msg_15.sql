-- revision: b4167d32a82f
-- down_revision: 6cd917cdc79a
-- branch_labels: lbl15
-- message: msg 15
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_b4167d32a82f (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_b4167d32a82f;
