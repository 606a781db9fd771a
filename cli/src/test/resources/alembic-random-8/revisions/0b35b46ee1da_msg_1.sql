-- revision: 0b35b46ee1da
-- down_revision: 5ed33a096533
-- message: msg 1
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_0b35b46ee1da (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_0b35b46ee1da;
