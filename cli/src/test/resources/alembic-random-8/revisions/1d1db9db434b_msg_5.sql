-- revision: 1d1db9db434b
-- down_revision: 5ed33a096533
-- depends_on: b37f051e2670
-- message: msg 5
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_1d1db9db434b (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_1d1db9db434b;
