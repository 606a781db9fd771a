-- revision: a1b2c3d4e5f2
-- down_revision: a1b2c3d4e5f1
-- message: create tx_b

-- migrate:upgrade
CREATE TABLE tx_b (id INT);

-- migrate:downgrade
DROP TABLE tx_b;
