-- revision: 1975ea83b712
-- down_revision:
-- message: create users
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE users (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(255) NOT NULL
);
CREATE SEQUENCE users_seq START WITH 1 INCREMENT BY 50;

-- migrate:downgrade
DROP SEQUENCE users_seq;
DROP TABLE users;
