-- revision: a1
-- message: create users

-- migrate:upgrade
CREATE TABLE users (id BIGINT PRIMARY KEY, email VARCHAR(100), name VARCHAR(100));
CREATE INDEX users_name_idx ON users (name);

-- migrate:downgrade
DROP TABLE users;
