-- revision: 313692b850ad
-- down_revision: 0b35b46ee1da
-- branch_labels: lbl3
-- message: msg 3
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_313692b850ad (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_313692b850ad;
