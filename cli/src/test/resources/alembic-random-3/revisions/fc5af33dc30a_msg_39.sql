-- revision: fc5af33dc30a
-- down_revision: f5248795ad0f
-- branch_labels: lbl39
-- message: msg 39
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_fc5af33dc30a (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_fc5af33dc30a;
