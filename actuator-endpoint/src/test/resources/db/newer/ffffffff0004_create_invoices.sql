-- revision: ffffffff0004
-- down_revision: 27c6a30d7c24
-- message: create invoices

-- migrate:upgrade
CREATE TABLE invoices (id INT NOT NULL PRIMARY KEY);

-- migrate:downgrade
DROP TABLE invoices;
