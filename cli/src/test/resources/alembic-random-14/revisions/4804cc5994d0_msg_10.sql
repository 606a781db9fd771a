-- revision: 4804cc5994d0
-- down_revision: a1facde560db
-- message: msg 10
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_4804cc5994d0 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_4804cc5994d0;
