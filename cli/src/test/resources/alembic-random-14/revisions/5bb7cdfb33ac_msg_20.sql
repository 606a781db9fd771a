-- revision: 5bb7cdfb33ac
-- down_revision: 3c7b64e24875
-- branch_labels: lbl20
-- message: msg 20
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_5bb7cdfb33ac (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_5bb7cdfb33ac;
