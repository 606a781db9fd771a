-- revision: a1
-- message: create accounts

-- migrate:upgrade
CREATE TABLE accounts (id BIGINT PRIMARY KEY, email VARCHAR(100), legacy_code VARCHAR(10));
CREATE TABLE accounts_draft (id BIGINT);
DROP TABLE accounts_draft;
