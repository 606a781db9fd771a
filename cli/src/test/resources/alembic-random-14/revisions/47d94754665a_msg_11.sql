-- revision: 47d94754665a
-- down_revision: 77744d909eb2, 154d071d1481
-- branch_labels: lbl11
-- message: msg 11
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_47d94754665a (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_47d94754665a;
