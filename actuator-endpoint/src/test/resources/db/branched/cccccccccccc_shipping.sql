-- revision: cccccccccccc
-- down_revision: aaaaaaaaaaaa
-- branch_labels: shipping
-- message: shipping

-- migrate:upgrade
CREATE TABLE parcel (id INT NOT NULL PRIMARY KEY);

-- migrate:downgrade
DROP TABLE parcel;
