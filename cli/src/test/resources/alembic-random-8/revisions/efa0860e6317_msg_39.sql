-- revision: efa0860e6317
-- down_revision: 6b638c1e61da
-- message: msg 39
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_efa0860e6317 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_efa0860e6317;
