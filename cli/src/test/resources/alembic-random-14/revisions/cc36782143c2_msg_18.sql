-- revision: cc36782143c2
-- down_revision: b4167d32a82f
-- branch_labels: lbl18
-- message: msg 18
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_cc36782143c2 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_cc36782143c2;
