-- revision: a7cfb6bcb64f
-- down_revision: f729420b0ebe, de3826d0b944
-- depends_on: 62c8d55ec1a5
-- message: msg 13
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_a7cfb6bcb64f (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_a7cfb6bcb64f;
