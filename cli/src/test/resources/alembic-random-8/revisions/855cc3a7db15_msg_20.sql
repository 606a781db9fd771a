-- revision: 855cc3a7db15
-- down_revision: d5954c60ded1
-- message: msg 20
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_855cc3a7db15 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_855cc3a7db15;
