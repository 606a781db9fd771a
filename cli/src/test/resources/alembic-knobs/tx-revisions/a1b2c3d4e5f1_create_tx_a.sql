-- revision: a1b2c3d4e5f1
-- message: create tx_a

-- migrate:upgrade
CREATE TABLE tx_a (id INT);

-- migrate:downgrade
DROP TABLE tx_a;
