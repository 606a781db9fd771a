-- revision: 6090d45c39a3
-- down_revision: 5ed33a096533, a4516694f229
-- depends_on: 1d1db9db434b
-- message: msg 6
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_6090d45c39a3 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_6090d45c39a3;
