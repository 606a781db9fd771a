-- revision: 8d1f6e3b0c52
-- down_revision: ae1027a6acf0
-- depends_on: 3f2a1c9d8e70
-- message: create audit log of orders
-- create_date: 2026-01-05 00:00:00

-- migrate:upgrade
CREATE TABLE audit_log (
    id BIGINT NOT NULL PRIMARY KEY,
    order_id BIGINT NOT NULL
);

-- migrate:downgrade
DROP TABLE audit_log;
