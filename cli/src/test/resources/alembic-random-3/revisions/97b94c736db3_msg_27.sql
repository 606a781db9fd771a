-- revision: 97b94c736db3
-- down_revision: efba3cd5b001
-- message: msg 27
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_97b94c736db3 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_97b94c736db3;
