-- revision: cafe00000003
-- down_revision: ae1027a6acf0
-- message: add phone to users

-- migrate:upgrade
ALTER TABLE users ADD COLUMN phone VARCHAR(40);

-- migrate:downgrade
ALTER TABLE users DROP COLUMN phone;
