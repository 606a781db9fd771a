-- revision: f729420b0ebe
-- down_revision: ef82f6ced90a
-- message: msg 9
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_f729420b0ebe (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_f729420b0ebe;
