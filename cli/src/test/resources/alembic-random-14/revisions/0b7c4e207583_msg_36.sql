-- revision: 0b7c4e207583
-- down_revision: a50382162cff, 83877c93a36c
-- branch_labels: lbl36
-- message: msg 36
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_0b7c4e207583 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_0b7c4e207583;
