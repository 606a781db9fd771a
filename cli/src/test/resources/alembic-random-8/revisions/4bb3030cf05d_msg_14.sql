-- revision: 4bb3030cf05d
-- down_revision: 228d6d16328f
-- branch_labels: lbl14
-- message: msg 14
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_4bb3030cf05d (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_4bb3030cf05d;
