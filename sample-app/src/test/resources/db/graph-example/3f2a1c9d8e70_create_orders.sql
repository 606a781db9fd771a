-- revision: 3f2a1c9d8e70
-- down_revision: ae1027a6acf0
-- branch_labels: shop
-- message: create orders
-- create_date: 2026-01-03 00:00:00

-- migrate:upgrade
CREATE TABLE orders (
    id BIGINT NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL
);

-- migrate:downgrade
DROP TABLE orders;
