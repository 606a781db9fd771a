-- revision: d5954c60ded1
-- down_revision: 5b112670e098
-- message: msg 15
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_d5954c60ded1 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_d5954c60ded1;
