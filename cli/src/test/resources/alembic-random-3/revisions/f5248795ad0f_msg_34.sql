-- revision: f5248795ad0f
-- down_revision: 5636e779c470, 816347715c45
-- message: msg 34
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_f5248795ad0f (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_f5248795ad0f;
