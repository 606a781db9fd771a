-- revision: 816347715c45
-- down_revision: 5636e779c470
-- depends_on: 795b9a9a80fd
-- message: msg 17
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_816347715c45 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_816347715c45;
