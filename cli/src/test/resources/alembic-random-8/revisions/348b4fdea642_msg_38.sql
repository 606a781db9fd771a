-- revision: 348b4fdea642
-- down_revision: 842a5221ccf7
-- message: msg 38
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_348b4fdea642 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_348b4fdea642;
