-- revision: 27c6a30d7c24
-- down_revision: ae1027a6acf0
-- branch_labels: shop
-- message: shop tables
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_27c6a30d7c24 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_27c6a30d7c24;
