-- revision: 6b638c1e61da
-- down_revision: 17e48723160d
-- message: msg 35
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_6b638c1e61da (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_6b638c1e61da;
