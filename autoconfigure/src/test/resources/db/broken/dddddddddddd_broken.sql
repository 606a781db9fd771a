-- revision: dddddddddddd
-- message: broken

-- migrate:upgrade
CREATE TABLE broken (id INT NOT NULL PRIMARY KEY);
THIS IS NOT SQL;

-- migrate:downgrade
DROP TABLE broken;
