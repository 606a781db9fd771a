-- revision: ef82f6ced90a
-- down_revision: 28ce10645d51, 97b73ceb3ffd
-- branch_labels: lbl8
-- message: msg 8
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_ef82f6ced90a (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_ef82f6ced90a;
