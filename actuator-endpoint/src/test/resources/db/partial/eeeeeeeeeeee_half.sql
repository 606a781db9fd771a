-- revision: eeeeeeeeeeee
-- down_revision: aaaaaaaaaaaa
-- message: fails at its second statement

-- migrate:upgrade
CREATE TABLE half (id INT NOT NULL PRIMARY KEY);
THIS IS NOT SQL;

-- migrate:downgrade
DROP TABLE half;
