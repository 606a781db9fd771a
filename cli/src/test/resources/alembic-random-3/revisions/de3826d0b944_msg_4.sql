-- revision: de3826d0b944
-- down_revision: 8cb4d6225675
-- message: msg 4
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_de3826d0b944 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_de3826d0b944;
