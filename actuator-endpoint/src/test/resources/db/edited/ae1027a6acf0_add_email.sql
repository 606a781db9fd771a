-- revision: ae1027a6acf0
-- down_revision: 1975ea83b712
-- message: add email column

-- migrate:upgrade
ALTER TABLE account ADD COLUMN email VARCHAR(255);

-- migrate:downgrade
ALTER TABLE account DROP COLUMN email;
