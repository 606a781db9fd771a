-- revision: e6c0844dbc0c
-- down_revision: 6090d45c39a3, 0b35b46ee1da
-- message: msg 7
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_e6c0844dbc0c (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_e6c0844dbc0c;
