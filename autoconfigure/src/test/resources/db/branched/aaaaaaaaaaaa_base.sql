-- revision: aaaaaaaaaaaa
-- message: base

-- migrate:upgrade
CREATE TABLE branch_base (id INT NOT NULL PRIMARY KEY);

-- migrate:downgrade
DROP TABLE branch_base;
