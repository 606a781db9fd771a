-- revision: 2a3a467c0714
-- branch_labels: lbl5
-- message: msg 5
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_2a3a467c0714 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_2a3a467c0714;
