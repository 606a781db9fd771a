package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 14: SQL files written for psql and the mariadb client (pg_dump output, sample-database
 * scripts, old migrations) run through Retort as those clients run them, and Retort's
 * bookkeeping does not depend on session state a revision changes.
 */
class NativeClientSqlTests {

	@TempDir
	Path dir;

	private void write(String id, String parent, String upgrade) throws IOException {
		Files.writeString(this.dir.resolve(id + "_step.sql"), "-- revision: " + id + "\n-- down_revision: " + parent
				+ "\n\n-- migrate:upgrade\n" + upgrade + "\n");
	}

	private Retort retort(javax.sql.DataSource dataSource) {
		return Retort.configure()
			.dataSource(dataSource)
			.locations("filesystem:" + this.dir)
			.appliedBy("tester")
			.load();
	}

	private static List<String> column(TestDatabase db, String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = db.connection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static void execute(TestDatabase db, String sql) throws SQLException {
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aPgDumpFileEmptyingTheSearchPathStillRecordsItsRevisionAndTheNextRevisionStartsAsTheRunBegan(
			TestDatabase db) throws Exception {
		write("a1", "", """
				SET statement_timeout = 0;
				SELECT pg_catalog.set_config('search_path', '', false);
				CREATE TABLE public.film (film_id integer NOT NULL);
				""");
		write("a2", "a1", """
				CREATE SCHEMA other;
				SET search_path = other;
				CREATE TABLE in_other (id integer);
				""");
		write("a3", "a2", "CREATE TABLE after_both (id integer);");
		Retort retort = retort(db.dataSource());
		assertThat(retort.upgrade("heads").headsAfter()).containsExactly("a3");
		assertThat(retort.current()).containsExactly("a3");
		assertThat(retort.history()).extracting(HistoryEntry::revision).containsExactly("a1", "a2", "a3");
		assertThat(column(db, "SELECT table_schema || '.' || table_name FROM information_schema.tables"
				+ " WHERE table_name IN ('film', 'in_other', 'after_both', 'retort_version')"
				+ " AND table_catalog = current_database() ORDER BY 1"))
			.containsExactly("other.in_other", "public.after_both", "public.film", "public.retort_version");
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void aUseStatementDoesNotRedirectTheHistoryAndTheNextRevisionRunsInTheOriginalDatabase(TestDatabase db)
			throws Exception {
		String other = db.schema() + "_other";
		write("a1", "", "CREATE DATABASE " + other + ";\nUSE " + other + ";\nCREATE TABLE in_other (id INT);");
		write("a2", "a1", "CREATE TABLE after_use (id INT);");
		try {
			Retort retort = retort(db.dataSource());
			assertThat(retort.upgrade("heads").headsAfter()).containsExactly("a2");
			assertThat(retort.current()).containsExactly("a2");
			assertThat(retort.history()).extracting(HistoryEntry::revision).containsExactly("a1", "a2");
			assertThat(column(db, "SELECT CONCAT(table_schema, '.', table_name) FROM information_schema.tables"
					+ " WHERE table_name IN ('in_other', 'after_use', 'retort_history') AND table_schema IN ('" + db.schema()
					+ "', '" + other + "') ORDER BY 1"))
				.containsExactly(db.schema() + ".after_use", db.schema() + ".retort_history", other + ".in_other");
		}
		finally {
			execute(db, "DROP DATABASE IF EXISTS " + other);
		}
	}

	@DatabaseTest(DatabaseKind.H2)
	void aSetSchemaDoesNotRedirectTheBookkeepingOnH2(TestDatabase db) throws Exception {
		write("a1", "", "CREATE SCHEMA other;\nSET SCHEMA other;\nCREATE TABLE in_other (id INT);");
		write("a2", "a1", "CREATE TABLE after_set (id INT);");
		Retort retort = retort(db.dataSource());
		assertThat(retort.upgrade("heads").headsAfter()).containsExactly("a2");
		assertThat(retort.current()).containsExactly("a2");
		assertThat(column(db, "SELECT table_schema || '.' || table_name FROM information_schema.tables"
				+ " WHERE table_name IN ('IN_OTHER', 'AFTER_SET', 'retort_version') ORDER BY 1"))
			.containsExactly("OTHER.IN_OTHER", "PUBLIC.AFTER_SET", "PUBLIC.retort_version");
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void copyFromStdinWithInlineDataRunsThroughTheDriversCopyApi(TestDatabase db) throws Exception {
		write("a1", "", """
				CREATE TABLE actor (actor_id integer, first_name text, note text);
				COPY actor (actor_id, first_name, note) FROM stdin;
				1\tPENELOPE\t\\N
				2\tNICK; no split\tback\\\\slash\\ttab
				\\.
				COPY actor FROM stdin WITH (FORMAT csv);
				3,"ED, ""the"" actor",
				4,"multi
				line",x
				\\.
				CREATE TABLE after_copy (id integer);
				""");
		CountingDataSource wrapped = new CountingDataSource(db.dataSource());
		assertThat(retort(wrapped.dataSource()).upgrade("heads").headsAfter()).containsExactly("a1");
		assertThat(column(db, "SELECT actor_id || '|' || first_name || '|' || coalesce(note, 'NULL') FROM actor"
				+ " ORDER BY actor_id"))
			.containsExactly("1|PENELOPE|NULL", "2|NICK; no split|back\\slash\ttab", "3|ED, \"the\" actor|NULL",
					"4|multi\nline|x");
		assertThat(column(db, "SELECT count(*) FROM after_copy")).containsExactly("0");
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void delimiterLinesAndEndGluedToTheDelimiterWorkAsInTheMariadbClient(TestDatabase db) throws Exception {
		write("a1", "", """
				# a sample-database script
				CREATE TABLE film (id INT PRIMARY KEY, title VARCHAR(50), n INT DEFAULT 0);
				/*!40101 SET @saved_mode = @@SQL_MODE */;
				DELIMITER $$
				CREATE PROCEDURE add_film(IN p_id INT, IN p_title VARCHAR(50))
				BEGIN
				  INSERT INTO film (id, title) VALUES (p_id, p_title);
				END$$
				DELIMITER ;;
				CREATE TRIGGER film_n BEFORE INSERT ON film FOR EACH ROW BEGIN
				  SET NEW.n = 7;
				END;;
				DELIMITER ;
				CALL add_film(1, 'it\\'s; fine');
				""");
		Retort retort = retort(db.dataSource());
		assertThat(retort.upgrade("heads").headsAfter()).containsExactly("a1");
		assertThat(column(db, "SELECT CONCAT(title, '/', n) FROM film")).containsExactly("it's; fine/7");
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void aClientCommandLateInAFileFailsBeforeItsFirstStatementAndFailsValidate(TestDatabase db) throws Exception {
		StringBuilder sql = new StringBuilder();
		for (int i = 1; i <= 13; i++) {
			sql.append("CREATE TABLE t").append(i).append(" (id INT);\n");
		}
		sql.append("\\connect other\nCREATE TABLE t14 (id INT);\n");
		write("a1", "", sql.toString());
		Retort retort = retort(db.dataSource());
		assertThatExceptionOfType(RetortException.class).isThrownBy(retort::validate)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageContaining("a1_step.sql line 18: '\\connect other' is a command of the client");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("heads"))
			.withMessageContaining("a1_step.sql line 18");
		assertThat(column(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
				+ " AND table_name LIKE 't%'")).isEmpty();
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void aFailingStatementIsLabelledByItsFirstLineOfSqlNotByItsComment(TestDatabase db) throws Exception {
		write("a1", "", """
				-- the films
				CREATE TABLE film (id INT);
				-- the actors
				/* with a block comment too */
				CREATE TABLE actor (id INT);
				-- this one fails
				INSERT INTO missing_table VALUES (1);
				""");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort(db.dataSource()).upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PARTIAL_REVISION))
			.withMessageContaining("at statement 3 of 3 (INSERT INTO missing_table VALUES (1))")
			.withMessageContaining("  1: CREATE TABLE film (id INT)\n  2: CREATE TABLE actor (id INT)\n");
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void aFirstRunOnMariadbRaisesNoDatabaseErrorForTheDriverToLog(TestDatabase db) throws Exception {
		write("a1", "", "CREATE TABLE film (id INT);");
		CountingDataSource wrapped = new CountingDataSource(db.dataSource());
		Retort retort = retort(wrapped.dataSource());
		assertThat(retort.current()).isEmpty();
		assertThat(retort.history()).isEmpty();
		assertThat(retort.upgrade("heads").headsAfter()).containsExactly("a1");
		assertThat(retort.upgrade("heads").steps()).isEmpty();
		assertThat(wrapped.failures()).isEmpty();
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void mysqldumpDataUnderLockTablesRunsAndARevisionLeftHoldingLocksIsReleasedAsTheClientWould(TestDatabase db)
			throws Exception {
		write("a1", "", """
				CREATE TABLE film (id INT);
				LOCK TABLES `film` WRITE;
				/*!40000 ALTER TABLE `film` DISABLE KEYS */;
				INSERT INTO `film` VALUES (1),(2);
				/*!40000 ALTER TABLE `film` ENABLE KEYS */;
				UNLOCK TABLES;
				CREATE TABLE actor (id INT);
				""");
		write("a2", "a1", "LOCK TABLES actor WRITE;\nINSERT INTO actor VALUES (7);");
		try (Connection connection = db.connection()) {
			Retort retort = retort(new SingleConnection(connection).dataSource());
			assertThat(retort.upgrade("heads").headsAfter()).containsExactly("a2");
			// the same connection, as a pool would lend it next: no table locks left
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM film")) {
				rows.next();
				assertThat(rows.getInt(1)).isEqualTo(2);
			}
		}
		assertThat(column(db, "SELECT CONCAT(revision, ' ', success, ' ', statements_committed, '/', statements_total)"
				+ " FROM retort_history ORDER BY id"))
			.containsExactly("a1 1 7/7", "a2 1 2/2");
		assertThat(column(db, "SELECT id FROM actor")).containsExactly("7");
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void aStatementFailingUnderLockTablesIsRecordedAsAPartialRevision(TestDatabase db) throws Exception {
		write("a1", "", "CREATE TABLE film (id INT);\nLOCK TABLES film WRITE;\nINSERT INTO film VALUES (1);\n"
				+ "INSERT INTO film (missing) VALUES (2);\nUNLOCK TABLES;");
		try (Connection connection = db.connection()) {
			assertThatExceptionOfType(RetortException.class)
				.isThrownBy(() -> retort(new SingleConnection(connection).dataSource()).upgrade("heads"))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PARTIAL_REVISION))
				.withMessageContaining("at statement 4 of 5")
				.withMessageContaining("Unknown column 'missing'");
		}
		assertThat(column(db, "SELECT CONCAT(revision, ' ', success, ' ', statements_committed, '/', statements_total)"
				+ " FROM retort_history")).containsExactly("a1 0 3/5");
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void revisionsRunInTheClientsSqlModeWithoutTheDriversIgnoreSpaceAndTheConnectionGetsItsOwnModeBack(TestDatabase db)
			throws Exception {
		// CREATE TABLE count (...) is a syntax error under IGNORE_SPACE, which Connector/J asks for
		write("a1", "", "CREATE TABLE count (id INT);\nCREATE PROCEDURE film_count() SELECT COUNT(*) FROM count;");
		// a file that changes the mode and never sets it back: the pool still gets the connection as lent
		write("a2", "a1", "SET SESSION sql_mode = 'ANSI_QUOTES';\nCREATE TABLE \"quoted\" (id INT);");
		String driverMode;
		try (Connection connection = db.connection()) {
			driverMode = column(connection, "SELECT @@SESSION.sql_mode");
			assertThat(driverMode).as("the driver's own session mode").contains("IGNORE_SPACE");
			assertThat(retort(new SingleConnection(connection).dataSource()).upgrade("heads").headsAfter())
				.containsExactly("a2");
			assertThat(column(connection, "SELECT @@SESSION.sql_mode")).as("given back as lent").isEqualTo(driverMode);
		}
		String withoutIgnoreSpace = driverMode.replace("IGNORE_SPACE,", "").replace(",IGNORE_SPACE", "");
		assertThat(column(db, "SELECT sql_mode FROM information_schema.routines WHERE routine_schema = DATABASE()"
				+ " AND routine_name = 'film_count'")).singleElement().asString()
			.isEqualTo(withoutIgnoreSpace);
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void aRevisionsSqlModeDoesNotStayOnTheConnectionAlsoWhereRetortChangedNothing(TestDatabase db) throws Exception {
		write("a1", "", "SET SESSION sql_mode = 'ANSI_QUOTES';\nCREATE TABLE \"quoted\" (id INT);");
		try (Connection connection = db.connection()) {
			try (Statement statement = connection.createStatement()) {
				// a session without the driver's IGNORE_SPACE: nothing for Retort to take off
				statement.execute("SET SESSION sql_mode = 'STRICT_TRANS_TABLES'");
			}
			assertThat(retort(new SingleConnection(connection).dataSource()).upgrade("heads").headsAfter())
				.containsExactly("a1");
			assertThat(column(connection, "SELECT @@SESSION.sql_mode")).isEqualTo("STRICT_TRANS_TABLES");
		}
	}

	private static String column(Connection connection, String query) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
