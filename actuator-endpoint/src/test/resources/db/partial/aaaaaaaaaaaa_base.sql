-- revision: aaaaaaaaaaaa
-- message: base

-- migrate:upgrade
CREATE TABLE base (id INT NOT NULL PRIMARY KEY);

-- migrate:downgrade
DROP TABLE base;
