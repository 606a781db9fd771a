-- revision: 15561ef6a975
-- down_revision: e6c0844dbc0c, d5954c60ded1
-- message: msg 26
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_15561ef6a975 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_15561ef6a975;
