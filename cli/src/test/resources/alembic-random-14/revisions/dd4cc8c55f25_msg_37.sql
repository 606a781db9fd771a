-- revision: dd4cc8c55f25
-- down_revision: d4310d2cc68c
-- branch_labels: lbl37
-- depends_on: 437778965416
-- message: msg 37
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_dd4cc8c55f25 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_dd4cc8c55f25;
