-- revision: 6d594b3c74f7
-- down_revision: f729420b0ebe
-- branch_labels: lbl15
-- message: msg 15
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_6d594b3c74f7 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_6d594b3c74f7;
