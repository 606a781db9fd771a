-- revision: 5b112670e098
-- down_revision: 228d6d16328f
-- message: msg 12
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_5b112670e098 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_5b112670e098;
