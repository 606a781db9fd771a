-- revision: bbbbbbbbbbbb
-- down_revision: aaaaaaaaaaaa
-- branch_labels: billing
-- message: billing

-- migrate:upgrade
CREATE TABLE invoice (id INT NOT NULL PRIMARY KEY);

-- migrate:downgrade
DROP TABLE invoice;
