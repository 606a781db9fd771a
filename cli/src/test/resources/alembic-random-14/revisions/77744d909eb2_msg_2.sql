-- revision: 77744d909eb2
-- down_revision: 3f37f0baef3a
-- message: msg 2
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_77744d909eb2 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_77744d909eb2;
