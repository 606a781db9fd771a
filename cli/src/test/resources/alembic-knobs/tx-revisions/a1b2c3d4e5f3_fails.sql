-- revision: a1b2c3d4e5f3
-- down_revision: a1b2c3d4e5f2
-- message: fails

-- migrate:upgrade
INSERT INTO tx_missing (id) VALUES (1);

-- migrate:downgrade
SELECT 1;
