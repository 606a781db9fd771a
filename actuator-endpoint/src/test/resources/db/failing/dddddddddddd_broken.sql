-- revision: dddddddddddd
-- down_revision: aaaaaaaaaaaa
-- message: broken at its first statement

-- migrate:upgrade
THIS IS NOT SQL;

-- migrate:downgrade
SELECT 1;
