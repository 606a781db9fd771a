-- revision: 5636e779c470
-- down_revision: 28ce10645d51
-- message: msg 11
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_5636e779c470 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_5636e779c470;
