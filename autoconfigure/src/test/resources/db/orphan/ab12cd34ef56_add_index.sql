-- revision: ab12cd34ef56
-- down_revision: 000000000000
-- message: add index

-- migrate:upgrade
CREATE INDEX users_name ON users (name);

-- migrate:downgrade
DROP INDEX users_name;
