-- revision: ae1c9a9aed62
-- down_revision: cc36782143c2
-- message: msg 22
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_ae1c9a9aed62 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_ae1c9a9aed62;
