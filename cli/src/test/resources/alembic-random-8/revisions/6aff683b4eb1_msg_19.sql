-- revision: 6aff683b4eb1
-- down_revision: a4516694f229, 9599ba9be85a
-- depends_on: 313692b850ad
-- message: msg 19
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_6aff683b4eb1 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_6aff683b4eb1;
