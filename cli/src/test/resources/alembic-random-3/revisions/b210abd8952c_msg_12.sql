-- revision: b210abd8952c
-- down_revision: 28ce10645d51, ef82f6ced90a
-- message: msg 12
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_b210abd8952c (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_b210abd8952c;
