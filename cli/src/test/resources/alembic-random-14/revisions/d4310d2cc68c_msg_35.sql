-- revision: d4310d2cc68c
-- down_revision: 25801712462d
-- branch_labels: lbl35
-- message: msg 35
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_d4310d2cc68c (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_d4310d2cc68c;
