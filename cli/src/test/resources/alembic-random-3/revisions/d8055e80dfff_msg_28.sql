-- revision: d8055e80dfff
-- down_revision: a1d696d60464
-- message: msg 28
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_d8055e80dfff (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_d8055e80dfff;
