-- revision: 228d6d16328f
-- down_revision: 9599ba9be85a, 0b35b46ee1da
-- message: msg 10
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_228d6d16328f (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_228d6d16328f;
