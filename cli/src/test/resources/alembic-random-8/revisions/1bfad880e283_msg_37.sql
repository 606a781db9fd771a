-- revision: 1bfad880e283
-- down_revision: 5db5f707c19e, 9e04e00bbe3f
-- message: msg 37
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_1bfad880e283 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_1bfad880e283;
