-- revision: eebb2a8ae166
-- down_revision: 228d6d16328f
-- message: msg 16
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_eebb2a8ae166 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_eebb2a8ae166;
