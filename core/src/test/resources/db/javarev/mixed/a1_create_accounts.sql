-- revision: a1
-- message: create accounts

-- migrate:upgrade
CREATE TABLE mx_accounts (id INT NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL);

-- migrate:downgrade
DROP TABLE mx_accounts;
