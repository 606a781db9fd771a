-- revision: d102fd8ec734
-- down_revision: 855cc3a7db15
-- message: msg 25
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_d102fd8ec734 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_d102fd8ec734;
