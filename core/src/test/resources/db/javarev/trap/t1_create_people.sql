-- revision: t1
-- message: a NOT NULL column with a default

-- migrate:upgrade
CREATE TABLE tr_people (id INT NOT NULL PRIMARY KEY, name VARCHAR(50) DEFAULT 'nobody' NOT NULL);

-- migrate:downgrade
DROP TABLE tr_people;
