-- revision: c3
-- down_revision: b2
-- message: seed an account

-- migrate:upgrade
INSERT INTO mx_accounts (id, name, email) VALUES (1, 'ada', 'ada@example.com');

-- migrate:downgrade
DELETE FROM mx_accounts;
