-- revision: 1f3c618ef7c4
-- down_revision: 5db5f707c19e, 4bb3030cf05d
-- message: msg 27
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_1f3c618ef7c4 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_1f3c618ef7c4;
