-- revision: c3
-- down_revision: b2
-- message: drop the old column

-- migrate:upgrade
ALTER TABLE users DROP COLUMN full_name;
