-- revision: 7c3d9e0f1a2b
-- down_revision: 5e1f0c2a9b7d
-- message: create notes

-- migrate:upgrade
CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, body VARCHAR(200));

-- migrate:downgrade
DROP TABLE notes;
