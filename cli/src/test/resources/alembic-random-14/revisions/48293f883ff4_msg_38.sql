-- revision: 48293f883ff4
-- down_revision: dd4cc8c55f25
-- message: msg 38
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_48293f883ff4 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_48293f883ff4;
