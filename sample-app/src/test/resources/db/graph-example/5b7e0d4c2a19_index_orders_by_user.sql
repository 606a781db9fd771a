-- revision: 5b7e0d4c2a19
-- down_revision: 3f2a1c9d8e70
-- message: index orders by user
-- create_date: 2026-01-04 00:00:00

-- migrate:upgrade
CREATE INDEX orders_user_id ON orders (user_id);

-- migrate:downgrade
DROP INDEX orders_user_id;
