-- revision: 1975ea83b712
-- message: create account

-- migrate:upgrade
CREATE TABLE account (id INT NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL);

-- migrate:downgrade
DROP TABLE account;
