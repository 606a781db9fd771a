-- revision: 4f3d1c0b9e21
-- down_revision: 3cac04ae8714, 55af2cb1c267
-- message: merge shop and audit
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_4f3d1c0b9e21 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_4f3d1c0b9e21;
