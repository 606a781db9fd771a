-- revision: 0d0939bba7f2
-- down_revision: 4bb3030cf05d, 313692b850ad
-- branch_labels: lbl29
-- message: msg 29
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_0d0939bba7f2 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_0d0939bba7f2;
