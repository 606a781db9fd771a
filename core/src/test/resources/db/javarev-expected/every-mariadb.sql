-- Retort upgrade every01 for mariadb; generated offline, review before running

CREATE TABLE IF NOT EXISTS `retort_version` (version_num VARCHAR(64) NOT NULL PRIMARY KEY);
CREATE TABLE IF NOT EXISTS `retort_history` (id BIGINT AUTO_INCREMENT PRIMARY KEY, revision VARCHAR(64) NOT NULL, down_revisions VARCHAR(1000) NOT NULL, operation VARCHAR(16) NOT NULL, message VARCHAR(1000) NOT NULL, checksum VARCHAR(100) NOT NULL, applied_by VARCHAR(255) NOT NULL, started_at DATETIME(3) NOT NULL, duration_ms BIGINT NOT NULL, success BOOLEAN NOT NULL, retort_version VARCHAR(32) NOT NULL, statements_committed INT NOT NULL, statements_total INT NOT NULL, error VARCHAR(2000), tag VARCHAR(255));

-- Running upgrade  -> every01, every operation
CREATE TABLE ev_users (id BIGINT AUTO_INCREMENT NOT NULL, name VARCHAR(100) DEFAULT 'anon' NOT NULL, active TINYINT(1) DEFAULT 1 NOT NULL, created_at datetime(6) DEFAULT NOW() NULL, CONSTRAINT PK_EV_USERS PRIMARY KEY (id));
CREATE TABLE ev_orders (id BIGINT AUTO_INCREMENT NOT NULL, user_id BIGINT NOT NULL, amount DECIMAL(10, 2) DEFAULT 0 NOT NULL, token CHAR(36) NULL, payload JSON NULL, note LONGTEXT NULL, receipt LONGBLOB NULL, code INT NULL, CONSTRAINT PK_EV_ORDERS PRIMARY KEY (id));
ALTER TABLE ev_users ADD email VARCHAR(255) NULL;
/*M! SET STATEMENT sql_mode='STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION' FOR */ ALTER TABLE ev_users MODIFY name VARCHAR(200) NOT NULL DEFAULT 'anon';
/*M! SET STATEMENT sql_mode='STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION' FOR */ ALTER TABLE ev_users MODIFY email VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE ev_orders RENAME COLUMN code TO ref;
CREATE UNIQUE INDEX ix_ev_users_email ON ev_users(email);
CREATE INDEX ix_ev_orders_user ON ev_orders(user_id);
ALTER TABLE ev_orders ADD CONSTRAINT fk_ev_orders_user FOREIGN KEY (user_id) REFERENCES ev_users (id) ON DELETE CASCADE;
ALTER TABLE ev_users ADD CONSTRAINT uq_ev_users_name UNIQUE (name);
ALTER TABLE ev_orders ADD CONSTRAINT ck_ev_orders_amount CHECK (amount >= 0);
CREATE TABLE ev_tags (code VARCHAR(20) NOT NULL);
ALTER TABLE ev_tags ADD PRIMARY KEY (code);
CREATE SEQUENCE ev_seq INCREMENT BY 2 START WITH 10;
ALTER TABLE ev_tags RENAME ev_labels;
INSERT INTO ev_users (name, email) VALUES ('ada', 'ada@example.com');
INSERT INTO ev_users (name, email, active) VALUES ('bob', 'bob@example.com', 1);
UPDATE ev_users SET active = FALSE WHERE name = 'bob';
CREATE INDEX ix_ev_users_active ON ev_users(active);
DROP INDEX ix_ev_users_active ON ev_users;
ALTER TABLE ev_users ADD CONSTRAINT ck_ev_users_name CHECK (name <> '');
ALTER TABLE ev_users DROP CONSTRAINT ck_ev_users_name;
CREATE SEQUENCE ev_tmp_seq INCREMENT BY 1 START WITH 1;
DROP SEQUENCE ev_tmp_seq;
CREATE TABLE ev_tmp (a INT NULL);
ALTER TABLE ev_tmp ADD b INT NULL;
ALTER TABLE ev_tmp DROP COLUMN b;
DROP TABLE ev_tmp;
INSERT INTO `retort_version` (version_num) VALUES ('every01');
INSERT INTO `retort_history` (revision, down_revisions, operation, message, checksum, applied_by, started_at, duration_ms, success, retort_version, statements_committed, statements_total) VALUES ('every01', '', 'upgrade', 'every operation', '@CHECKSUM@', CURRENT_USER(), UTC_TIMESTAMP(3), 0, TRUE, '@VERSION@', 28, 28);

