-- revision: 60b6dc98da8a
-- down_revision: 3287f2ead0a8
-- message: msg 20
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_60b6dc98da8a (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_60b6dc98da8a;
