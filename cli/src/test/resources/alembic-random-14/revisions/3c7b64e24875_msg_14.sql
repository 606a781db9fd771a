-- revision: 3c7b64e24875
-- down_revision: 6cd917cdc79a
-- depends_on: 77744d909eb2
-- message: msg 14
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_3c7b64e24875 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_3c7b64e24875;
