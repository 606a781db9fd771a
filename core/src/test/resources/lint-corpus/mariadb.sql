-- Labelled lint corpus for MariaDB, written for Retort's tests (Apache-2.0, as the project).
-- Every case is one revision on top of the "given" revision below, whose tables are existing
-- tables with data. "expect" lists the rules that must fire (none: the case is safe).

-- given:
CREATE TABLE users (id BIGINT PRIMARY KEY, email VARCHAR(100), name VARCHAR(200), age INT, bio TEXT) ENGINE=InnoDB;
CREATE TABLE orders (id BIGINT PRIMARY KEY, user_id BIGINT, total DECIMAL(10,2)) ENGINE=InnoDB;

-- case: secondary index, built online
-- expect: none
CREATE INDEX users_age_idx ON users (age);

-- case: unique index on existing rows
-- expect: unique-on-existing-data
CREATE UNIQUE INDEX users_email_key ON users (email);

-- case: unique key added by ALTER TABLE
-- expect: unique-on-existing-data
ALTER TABLE users ADD UNIQUE KEY users_email_key (email);

-- case: fulltext index
-- expect: locking-alter
ALTER TABLE users ADD FULLTEXT INDEX users_bio_ft (bio);

-- case: explicit shared lock
-- expect: locking-alter
ALTER TABLE users ADD INDEX users_name_idx (name), LOCK=SHARED;

-- case: column type change that copies
-- expect: copy-algorithm
ALTER TABLE users MODIFY age BIGINT;

-- case: type change with an in-place algorithm requested
-- expect: none
ALTER TABLE users MODIFY COLUMN age BIGINT, ALGORITHM=INPLACE, LOCK=NONE;

-- case: widen a varchar
-- expect: none
ALTER TABLE users MODIFY email VARCHAR(200);

-- case: shrink a varchar
-- expect: copy-algorithm, narrowing-type
ALTER TABLE users MODIFY email VARCHAR(50);

-- case: shrink an integer
-- expect: copy-algorithm, narrowing-type
ALTER TABLE users MODIFY age TINYINT;

-- case: rename with CHANGE
-- expect: rename-column
ALTER TABLE users CHANGE COLUMN name full_name VARCHAR(200);

-- case: foreign key
-- expect: copy-algorithm
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);

-- case: foreign key with an in-place algorithm requested
-- expect: none
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id), ALGORITHM=INPLACE;

-- case: convert character set
-- expect: copy-algorithm
ALTER TABLE users CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- case: drop primary key
-- expect: copy-algorithm
ALTER TABLE orders DROP PRIMARY KEY;

-- case: replace the primary key in one statement
-- expect: unique-on-existing-data
ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, user_id);

-- case: drop a table
-- expect: drop-table
DROP TABLE IF EXISTS orders;

-- case: drop a column
-- expect: drop-column
ALTER TABLE users DROP COLUMN bio;

-- case: truncate
-- expect: truncate
TRUNCATE orders;

-- case: delete without where
-- expect: delete-without-where
DELETE FROM orders;

-- case: delete with where
-- expect: none
DELETE FROM orders WHERE total = 0;

-- case: RENAME TABLE
-- expect: rename-table
RENAME TABLE orders TO purchases;

-- case: ALTER TABLE RENAME
-- expect: rename-table
ALTER TABLE orders RENAME AS purchases;

-- case: rename a column
-- expect: rename-column
ALTER TABLE users RENAME COLUMN name TO full_name;

-- case: add a column, instant
-- expect: none
ALTER TABLE users ADD COLUMN country VARCHAR(2) NOT NULL DEFAULT 'NL' AFTER email;

-- case: everything on a new table
-- expect: none
CREATE TABLE items (id BIGINT PRIMARY KEY, sku VARCHAR(40), price INT);
CREATE UNIQUE INDEX items_sku ON items (sku);
ALTER TABLE items MODIFY price BIGINT, ADD CONSTRAINT items_user_fk FOREIGN KEY (id) REFERENCES users (id);
ALTER TABLE items DROP COLUMN price;

-- case: procedure body mentioning risky statements
-- expect: none
CREATE PROCEDURE purge_orders()
BEGIN
  DELETE FROM orders;
  TRUNCATE orders;
END;

-- case: client command
-- expect: client-command
\u otherdb
INSERT INTO users (id, email) VALUES (1, 'a@example.org');

-- case: suppressed rename
-- expect: none
-- retort:lint-ignore backward-incompatible no code reads purchases yet; the app switches in the same release
RENAME TABLE orders TO purchases;
