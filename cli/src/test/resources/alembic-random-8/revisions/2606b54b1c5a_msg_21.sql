-- revision: 2606b54b1c5a
-- down_revision: d5954c60ded1
-- message: msg 21
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_2606b54b1c5a (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_2606b54b1c5a;
