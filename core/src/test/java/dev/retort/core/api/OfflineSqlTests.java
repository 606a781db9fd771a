package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OfflineSqlTests {

	@TempDir
	Path dir;

	@BeforeEach
	void writeRevisions() throws IOException {
		Files.writeString(this.dir.resolve("aaaa_create.sql"), """
				-- revision: aaaa
				-- message: create account

				-- migrate:upgrade
				CREATE TABLE account (id INT, name VARCHAR(20));

				-- migrate:downgrade
				DROP TABLE account;
				""");
		Files.writeString(this.dir.resolve("bbbb_add.sql"), """
				-- revision: bbbb
				-- down_revision: aaaa
				-- message: it's a seed

				-- migrate:upgrade
				INSERT INTO account (id, name) VALUES (1, 'o''brien');

				-- migrate:downgrade
				DELETE FROM account;
				""");
	}

	private Retort retort(String dialect) {
		return Retort.configure().locations("filesystem:" + this.dir).dialect(dialect).load();
	}

	@Test
	void postgresqlWrapsEachRevisionInATransaction() {
		String sql = retort("postgresql").upgradeSql("heads");
		assertThat(sql).contains("CREATE TABLE IF NOT EXISTS \"retort_version\" (version_num VARCHAR(64) NOT NULL"
				+ " PRIMARY KEY);\n");
		assertThat(sql).contains("""
				-- Running upgrade  -> aaaa, create account
				BEGIN;
				CREATE TABLE account (id INT, name VARCHAR(20));
				INSERT INTO "retort_version" (version_num) VALUES ('aaaa');
				""");
		assertThat(sql).contains("""
				-- Running upgrade aaaa -> bbbb, it's a seed
				BEGIN;
				INSERT INTO account (id, name) VALUES (1, 'o''brien');
				UPDATE "retort_version" SET version_num = 'bbbb' WHERE version_num = 'aaaa';
				INSERT INTO "retort_history\"""");
		assertThat(sql).contains("'it''s a seed'");
		assertThat(sql.split("COMMIT;", -1)).hasSize(3);
	}

	@Test
	void mariadbUsesBackticksAndNoTransactions() {
		String sql = retort("mariadb").upgradeSql("heads");
		assertThat(sql).contains("CREATE TABLE IF NOT EXISTS `retort_version`");
		assertThat(sql).contains("id BIGINT AUTO_INCREMENT PRIMARY KEY");
		assertThat(sql).contains("UPDATE `retort_version` SET version_num = 'bbbb' WHERE version_num = 'aaaa';");
		assertThat(sql).doesNotContain("BEGIN;").doesNotContain("COMMIT;");
	}

	@Test
	void anOfflineDowngradeNeedsItsStartAndDropsTheVersionTableAtBase() {
		Retort retort = retort("h2");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.downgradeSql("base"))
			.withMessage("downgrade with --sql requires <fromrev>:<torev>");
		String sql = retort.downgradeSql("bbbb:base");
		assertThat(sql).contains("-- Running downgrade bbbb -> aaaa, it's a seed\nDELETE FROM account;\n"
				+ "UPDATE \"retort_version\" SET version_num = 'aaaa' WHERE version_num = 'bbbb';");
		assertThat(sql).contains("DELETE FROM \"retort_version\" WHERE version_num = 'aaaa';");
		assertThat(sql).endsWith("DROP TABLE \"retort_version\";\n\n");
		assertThat(sql).doesNotContain("CREATE TABLE IF NOT EXISTS");
	}

	@Test
	void aRangeStartsFromItsFirstRevision() {
		String sql = retort("h2").upgradeSql("aaaa:bbbb");
		assertThat(sql).doesNotContain("CREATE TABLE").doesNotContain("-> aaaa,").contains("aaaa -> bbbb");
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.H2 })
	void theScriptRunsAndLeavesTheSameStateAsAnOnlineUpgrade(TestDatabase db) throws Exception {
		String sql = retort(db.kind().name()).upgradeSql("heads");
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			if (db.kind() == DatabaseKind.H2) {
				Path file = Files.createTempFile("retort-offline", ".sql");
				Files.writeString(file, sql);
				statement.execute("RUNSCRIPT FROM '" + file + "'");
				Files.delete(file);
			}
			else {
				statement.execute(sql);
			}
		}
		Retort online = Retort.configure().dataSource(db.dataSource()).locations("filesystem:" + this.dir).load();
		assertThat(online.current()).containsExactly("bbbb");
		assertThat(online.history()).extracting(HistoryEntry::revision).containsExactly("aaaa", "bbbb");
		assertThat(online.status().upToDate()).isTrue();
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void aMariadbBodyWithSemicolonsGetsAnotherDelimiter(TestDatabase db) throws IOException {
		Files.writeString(this.dir.resolve("cccc_trigger.sql"), """
				-- revision: cccc
				-- down_revision: bbbb
				-- message: trigger

				-- migrate:upgrade
				CREATE TRIGGER account_name BEFORE INSERT ON account FOR EACH ROW
				BEGIN
				  SET NEW.name = UPPER(NEW.name);
				END;

				-- migrate:downgrade
				DROP TRIGGER account_name;
				""");
		String sql = Retort.configure().dataSource(db.dataSource()).locations("filesystem:" + this.dir).load()
			.upgradeSql("bbbb:cccc");
		assertThat(sql).contains("DELIMITER //\nCREATE TRIGGER account_name").contains("END//\nDELIMITER ;\n");
	}

	/** Issue 14: a revision that changes search_path does not redirect the offline bookkeeping. */
	@Test
	void postgresqlSavesAndRestoresTheSearchPathAroundARevisionThatChangesIt() throws IOException {
		Files.writeString(this.dir.resolve("cccc_dump.sql"), """
				-- revision: cccc
				-- down_revision: bbbb

				-- migrate:upgrade
				SELECT pg_catalog.set_config('search_path', '', false);
				CREATE TABLE public.film (id int);
				COPY public.film (id) FROM stdin;
				1
				\\N
				\\.
				""");
		String sql = retort("postgresql").upgradeSql("heads");
		assertThat(sql).startsWith("-- Retort upgrade heads for postgresql; generated offline, review before running\n\n"
				+ "SELECT pg_catalog.set_config('retort.search_path', pg_catalog.current_setting('search_path'), false);\n");
		assertThat(sql).contains("""
				CREATE TABLE public.film (id int);
				COPY public.film (id) FROM stdin;
				1
				\\N
				\\.
				SELECT pg_catalog.set_config('search_path', pg_catalog.current_setting('retort.search_path'), false);
				UPDATE "retort_version" SET version_num = 'cccc' WHERE version_num = 'bbbb';
				""");
	}

	/** Issue 14: an offline MariaDB script cannot switch back after USE without knowing the database. */
	@Test
	void mariadbRefusesUseOfflineUnlessTheSchemaIsConfigured() throws IOException {
		Files.writeString(this.dir.resolve("cccc_use.sql"), """
				-- revision: cccc
				-- down_revision: bbbb

				-- migrate:upgrade
				CREATE DATABASE other;
				USE other;
				DELIMITER $$
				CREATE PROCEDURE p() BEGIN SELECT 1; SELECT '$$'; END$$
				DELIMITER ;
				""");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort("mariadb").upgradeSql("heads"))
			.withMessageContaining("cccc_use.sql) changes the current database (USE other)")
			.withMessageContaining("Set migrate.schema (CLI: --schema)");
		String sql = Retort.configure().locations("filesystem:" + this.dir).dialect("mariadb").schema("app").load()
			.upgradeSql("heads");
		assertThat(sql).contains("""
				USE other;
				DELIMITER //
				CREATE PROCEDURE p() BEGIN SELECT 1; SELECT '$$'; END//
				DELIMITER ;
				UPDATE `app`.`retort_version` SET version_num = 'cccc' WHERE version_num = 'bbbb';
				""");
	}

}
