-- revision: f17a7a33c67c
-- down_revision: d997cb3a88f6
-- message: msg 38
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_f17a7a33c67c (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_f17a7a33c67c;
