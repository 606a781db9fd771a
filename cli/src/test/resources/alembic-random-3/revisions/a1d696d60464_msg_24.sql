-- revision: a1d696d60464
-- down_revision: 60b6dc98da8a, 62c8d55ec1a5
-- message: msg 24
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_a1d696d60464 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_a1d696d60464;
