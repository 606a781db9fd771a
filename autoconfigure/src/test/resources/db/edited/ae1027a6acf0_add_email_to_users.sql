-- revision: ae1027a6acf0
-- down_revision: 1975ea83b712
-- message: add email to users
-- create_date: 2026-01-02 00:00:00

-- migrate:upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(320);

-- migrate:downgrade
ALTER TABLE users DROP COLUMN email;
