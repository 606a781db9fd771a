-- revision: cccccccccccc
-- down_revision: aaaaaaaaaaaa
-- message: right

-- migrate:upgrade
CREATE TABLE branch_right (id INT NOT NULL PRIMARY KEY);

-- migrate:downgrade
DROP TABLE branch_right;
