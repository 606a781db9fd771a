-- revision: 0a1b2c3d4e5f
-- down_revision:
-- message: create audit log
-- create_date: 2026-12-03 12:00:00

-- migrate:upgrade
CREATE TABLE audit_log (id INT PRIMARY KEY, entry VARCHAR(200));

-- migrate:downgrade
DROP TABLE audit_log;
