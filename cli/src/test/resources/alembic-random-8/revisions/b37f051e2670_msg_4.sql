-- revision: b37f051e2670
-- down_revision: 313692b850ad
-- message: msg 4
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_b37f051e2670 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_b37f051e2670;
