-- revision: 99c3b5548873
-- down_revision: 9e04e00bbe3f
-- message: msg 30
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_99c3b5548873 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_99c3b5548873;
