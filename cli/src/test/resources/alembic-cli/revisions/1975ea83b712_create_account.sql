-- revision: 1975ea83b712
-- message: create account
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_1975ea83b712 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_1975ea83b712;
