-- revision: bbbbbbbbbbbb
-- down_revision: aaaaaaaaaaaa
-- message: left

-- migrate:upgrade
CREATE TABLE branch_left (id INT NOT NULL PRIMARY KEY);

-- migrate:downgrade
DROP TABLE branch_left;
