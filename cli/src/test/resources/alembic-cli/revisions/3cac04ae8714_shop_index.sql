-- revision: 3cac04ae8714
-- down_revision: 27c6a30d7c24
-- message: shop index
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_3cac04ae8714 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_3cac04ae8714;
