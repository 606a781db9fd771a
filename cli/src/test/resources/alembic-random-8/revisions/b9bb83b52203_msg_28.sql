-- revision: b9bb83b52203
-- down_revision: d5954c60ded1, 91b22b8f6916
-- message: msg 28
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_b9bb83b52203 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_b9bb83b52203;
