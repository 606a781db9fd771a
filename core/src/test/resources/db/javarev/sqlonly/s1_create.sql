-- revision: s1
-- message: plain SQL

-- migrate:upgrade
CREATE TABLE so_plain (id INT NOT NULL PRIMARY KEY);

-- migrate:downgrade
DROP TABLE so_plain;
