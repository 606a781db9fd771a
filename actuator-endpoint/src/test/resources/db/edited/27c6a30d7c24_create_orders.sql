-- revision: 27c6a30d7c24
-- down_revision: ae1027a6acf0
-- message: create orders

-- migrate:upgrade
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, account_id BIGINT NOT NULL);

-- migrate:downgrade
DROP TABLE orders;
