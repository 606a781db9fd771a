-- revision: c9d402eee0ab
-- down_revision: 8f2bae541ad6
-- message: msg 23
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_c9d402eee0ab (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_c9d402eee0ab;
