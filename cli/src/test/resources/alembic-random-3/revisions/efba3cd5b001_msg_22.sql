-- revision: efba3cd5b001
-- down_revision: 3287f2ead0a8
-- message: msg 22
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_efba3cd5b001 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_efba3cd5b001;
