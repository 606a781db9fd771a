-- Labelled lint corpus for PostgreSQL, written for Retort's tests (Apache-2.0, as the project).
-- Every case is one revision on top of the "given" revision below, whose tables are existing
-- tables with data. "expect" lists the rules that must fire (none: the case is safe);
-- "squawk-differs" explains a case where squawk answers otherwise for a rule both tools have.

-- given:
CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100), name text, age int, score numeric(10,2), status text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric(10,2));
CREATE TYPE mood AS ENUM ('happy', 'sad');

-- case: create index on an existing table
-- expect: index-without-concurrently
CREATE INDEX users_email_idx ON users (email);

-- case: create index concurrently in a non-transactional revision
-- transactional: false
-- expect: none
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);

-- case: create index concurrently in a transactional revision
-- expect: non-transactional-statement
-- squawk-differs: ban-concurrent-index-creation-in-transaction squawk 2.66 fires it only for an explicit BEGIN in the file, not with --assume-in-transaction; Retort knows the revision is transactional from its header
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);

-- case: index on a table created in the same revision
-- expect: none
CREATE TABLE items (id bigint PRIMARY KEY, sku text NOT NULL);
CREATE INDEX items_sku_idx ON items (sku);

-- case: unique index built concurrently on existing rows
-- transactional: false
-- expect: unique-on-existing-data
CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);

-- case: unique index built with a lock
-- expect: index-without-concurrently, unique-on-existing-data
CREATE UNIQUE INDEX IF NOT EXISTS users_email_key ON users USING btree (lower(email));

-- case: drop index without concurrently
-- expect: drop-index-without-concurrently
DROP INDEX users_email_idx;

-- case: drop index concurrently outside a transaction
-- transactional: false
-- expect: none
DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;

-- case: foreign key validated at once
-- expect: foreign-key-without-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);

-- case: foreign key added NOT VALID
-- expect: none
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;

-- case: validating a constraint later
-- expect: none
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;

-- case: check constraint validated at once
-- expect: check-without-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);

-- case: check constraint NOT VALID
-- expect: none
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;

-- case: set not null on an existing column
-- expect: set-not-null
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

-- case: set not null on a new table
-- expect: none
-- squawk-differs: adding-not-nullable-field squawk does not track tables created in the same file for this rule; the table is empty, the scan is free
CREATE TABLE tags (id bigint PRIMARY KEY, label text);
ALTER TABLE tags ALTER COLUMN label SET NOT NULL;

-- case: add unique constraint
-- expect: add-unique-constraint, unique-on-existing-data
ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email);

-- case: add unique constraint using an index built before
-- expect: none
ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE USING INDEX users_email_key;

-- case: add primary key using an index
-- expect: none
ALTER TABLE orders ADD CONSTRAINT orders_pkey2 PRIMARY KEY USING INDEX orders_id_idx;

-- case: widen an integer column
-- expect: alter-column-type
ALTER TABLE users ALTER COLUMN age TYPE bigint;

-- case: widen a varchar column
-- expect: none
-- squawk-differs: changing-column-type squawk flags every type change; widening varchar(n) is a catalog-only change in PostgreSQL
ALTER TABLE users ALTER COLUMN email TYPE varchar(200);

-- case: varchar to text
-- expect: none
-- squawk-differs: changing-column-type squawk flags every type change; varchar to text is a catalog-only change
ALTER TABLE users ALTER COLUMN email SET DATA TYPE text;

-- case: shrink a varchar column
-- expect: alter-column-type, narrowing-type
ALTER TABLE users ALTER COLUMN email TYPE varchar(50);

-- case: bigint to int
-- expect: alter-column-type, narrowing-type
ALTER TABLE orders ALTER COLUMN user_id TYPE int;

-- case: more numeric precision, same scale
-- expect: none
-- squawk-differs: changing-column-type squawk flags every type change; raising numeric precision with the same scale keeps the table
ALTER TABLE users ALTER COLUMN score TYPE numeric(12,2);

-- case: column with a volatile default
-- expect: volatile-default
ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();

-- case: column with a stable default
-- expect: none
ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();

-- case: not null column with a constant default
-- expect: none
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;

-- case: not null column without default
-- expect: not-null-without-default
ALTER TABLE users ADD COLUMN country text NOT NULL;

-- case: nullable column
-- expect: none
ALTER TABLE users ADD COLUMN nickname text;

-- case: serial column on an existing table
-- expect: volatile-default
-- squawk-differs: adding-field-with-default squawk reports a serial column as prefer-identity only; its nextval() default still rewrites the table
ALTER TABLE orders ADD COLUMN seq bigserial;

-- case: identity column on an existing table
-- expect: volatile-default
ALTER TABLE orders ADD COLUMN num bigint GENERATED ALWAYS AS IDENTITY;

-- case: stored generated column
-- expect: stored-generated-column
ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS ((total * 100)::bigint) STORED;

-- case: column with an inline foreign key
-- expect: foreign-key-without-not-valid
ALTER TABLE orders ADD COLUMN buyer_id bigint REFERENCES users (id);

-- case: column with an inline check
-- expect: check-without-not-valid
ALTER TABLE users ADD COLUMN rating int CHECK (rating BETWEEN 1 AND 5);

-- case: drop a table
-- expect: drop-table
DROP TABLE orders;

-- case: drop a table created in the same revision
-- expect: none
-- squawk-differs: ban-drop-table squawk flags every DROP TABLE, even of a table created just before in the same file
CREATE TABLE scratch (id int);
DROP TABLE scratch;

-- case: drop a column
-- expect: drop-column
ALTER TABLE users DROP COLUMN status;

-- case: drop a column among other actions
-- expect: drop-column
ALTER TABLE users ADD COLUMN nickname text, DROP COLUMN IF EXISTS name;

-- case: truncate
-- expect: truncate
TRUNCATE TABLE orders;

-- case: delete without where
-- expect: delete-without-where
DELETE FROM orders;

-- case: delete with where
-- expect: none
DELETE FROM orders WHERE total IS NULL;

-- case: rename a column
-- expect: rename-column
ALTER TABLE users RENAME COLUMN name TO full_name;

-- case: rename a table
-- expect: rename-table
ALTER TABLE orders RENAME TO purchases;

-- case: enum value added in a transaction
-- expect: non-transactional-statement
-- squawk-differs: ban-concurrent-index-creation-in-transaction squawk's rule covers CREATE INDEX CONCURRENTLY only; Retort's non-transactional-statement also covers ALTER TYPE ... ADD VALUE
ALTER TYPE mood ADD VALUE 'calm';

-- case: enum value added outside a transaction
-- transactional: false
-- expect: none
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'calm';

-- case: psql meta-command
-- expect: client-command
\set ON_ERROR_STOP on
CREATE TABLE audit (id bigint PRIMARY KEY);

-- case: vacuum in a transaction
-- expect: non-transactional-statement
-- squawk-differs: ban-concurrent-index-creation-in-transaction squawk's rule covers CREATE INDEX CONCURRENTLY only; Retort's non-transactional-statement also covers VACUUM
VACUUM ANALYZE users;

-- case: targeted update
-- expect: none
UPDATE users SET status = 'active' WHERE status IS NULL AND id < 1000;

-- case: suppressed with a reason
-- expect: none
-- squawk-differs: ban-drop-table squawk has no suppression comment with a reason; Retort keeps the finding, marked suppressed
-- retort:lint-ignore destructive orders moved to the billing service in 2025, table unused since
DROP TABLE orders;

-- case: suppression without a reason does not count
-- expect: drop-table
-- retort:lint-ignore drop-table
DROP TABLE orders;

-- case: function body mentioning risky statements
-- expect: none
CREATE OR REPLACE FUNCTION purge_orders() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM orders;
  DROP TABLE IF EXISTS orders_archive;
END;
$$;

-- case: new table with its constraints
-- expect: none
-- squawk-differs: adding-required-field squawk does not know that the table was created earlier in the same revision (it is empty)
CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  amount numeric(10,2) NOT NULL CHECK (amount >= 0)
);
ALTER TABLE invoices ADD CONSTRAINT invoices_order_unique UNIQUE (order_id);
ALTER TABLE invoices ADD COLUMN note text NOT NULL;

-- case: set a default
-- expect: none
ALTER TABLE users ALTER COLUMN status SET DEFAULT 'new';
