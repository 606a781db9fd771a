-- revision: ae1027a6acf0
-- down_revision: 1975ea83b712
-- message: add col
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_ae1027a6acf0 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_ae1027a6acf0;
