-- revision: c4a9b2e7f1d3
-- down_revision: 5b7e0d4c2a19, 8d1f6e3b0c52
-- message: merge shop and audit
-- create_date: 2026-01-06 00:00:00

-- migrate:upgrade

-- migrate:downgrade
