-- revision: 28ce10645d51
-- down_revision: de3826d0b944
-- branch_labels: lbl5
-- message: msg 5
-- create_date: 2026-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS t_28ce10645d51 (id INT);

-- migrate:downgrade
DROP TABLE IF EXISTS t_28ce10645d51;
