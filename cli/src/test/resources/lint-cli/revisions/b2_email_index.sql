-- revision: b2
-- down_revision: a1
-- message: index emails

-- migrate:upgrade
CREATE INDEX users_email_idx ON users (email);
-- retort:lint-ignore backward-incompatible the app reads full_name since release 4.2
ALTER TABLE users RENAME COLUMN name TO full_name;

-- migrate:downgrade
ALTER TABLE users RENAME COLUMN full_name TO name;
DROP INDEX users_email_idx;
