-- revision: 1975ea83b712
-- down_revision:
-- message: create users
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE users (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(255) NOT NULL
);

-- migrate:downgrade
DROP TABLE users;
