-- revision: a50382162cff
-- down_revision: 5bb7cdfb33ac
-- message: msg 24
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_a50382162cff (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_a50382162cff;
