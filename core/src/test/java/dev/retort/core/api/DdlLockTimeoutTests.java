package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code migrate.ddl-lock-timeout}: a revision never queues behind another session's transaction
 * for longer than the timeout; it is rolled back and retried, then fails naming that session.
 */
class DdlLockTimeoutTests {

	private static final Duration TIMEOUT = Duration.ofMillis(300);

	@TempDir
	Path dir;

	private Retort retort(TestDatabase db) throws IOException {
		Files.writeString(this.dir.resolve("r1_create.sql"), """
				-- revision: r1
				-- migrate:upgrade
				CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(20));
				INSERT INTO accounts (id, name) VALUES (1, 'a');
				""");
		Files.writeString(this.dir.resolve("r2_alter.sql"), """
				-- revision: r2
				-- down_revision: r1
				-- migrate:upgrade
				ALTER TABLE accounts ADD COLUMN email VARCHAR(100);
				""");
		return Retort.configure()
			.dataSource(db.dataSource())
			.locations("filesystem:" + this.dir)
			.ddlLockTimeout(TIMEOUT)
			.load();
	}

	/** A second session reads the table in an open transaction: its lock blocks ALTER TABLE. */
	private static Connection holdLock(TestDatabase db) throws SQLException {
		Connection other = db.connection();
		other.setAutoCommit(false);
		try (Statement statement = other.createStatement(); ResultSet rows = statement.executeQuery("SELECT * FROM accounts")) {
			rows.next();
		}
		return other;
	}

	private static long sessionId(Connection connection, TestDatabase db) throws SQLException {
		String query = (db.kind() == DatabaseKind.POSTGRESQL) ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void revisionBlockedOnEveryTryFailsNamingTheBlockingSessionAndKeepsNothing(TestDatabase db) throws Exception {
		Retort retort = retort(db);
		retort.upgrade("r1");
		try (Connection other = holdLock(db)) {
			long blocker = sessionId(other, db);
			long start = System.nanoTime();
			assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("heads"))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.DDL_LOCK_TIMEOUT))
				.withMessageContaining("Revision 'r2' waited more than "
						+ ((db.kind() == DatabaseKind.POSTGRESQL) ? "300 ms" : "1 s") + " for a table lock on each of 4 tries")
				.withMessageContaining("nothing of it was kept")
				.withMessageContaining("Blocking session(s):\n  pid " + blocker + ", user ");
			// four waits of the timeout and three growing pauses between them
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(TIMEOUT.multipliedBy(4));
			other.rollback();
		}
		assertThat(retort.current()).containsExactly("r1");
		assertThat(retort.history()).extracting(HistoryEntry::revision).containsExactly("r1");
		try (Connection connection = db.connection();
				ResultSet columns = connection.getMetaData().getColumns(null, null, "accounts", "email")) {
			assertThat(columns.next()).isFalse();
		}
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void revisionRetriedAfterTheBlockingTransactionEndsSucceeds(TestDatabase db) throws Exception {
		Retort retort = retort(db);
		retort.upgrade("r1");
		Connection other = holdLock(db);
		Thread release = new Thread(() -> {
			try (other) {
				Thread.sleep(TIMEOUT.toMillis() * 2);
				other.rollback();
			}
			catch (SQLException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		release.start();
		MigrationResult result = retort.upgrade("heads");
		release.join();
		assertThat(result.steps()).extracting((step) -> step.step().revision().id()).containsExactly("r2");
		assertThat(retort.current()).containsExactly("r2");
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void nonTransactionalRevisionWaitsAsPostgresqlDoesSoCreateIndexConcurrentlyNeverTimesOut(TestDatabase db)
			throws Exception {
		Retort retort = retort(db);
		retort.upgrade("r1");
		Files.writeString(this.dir.resolve("r3_index.sql"), """
				-- revision: r3
				-- down_revision: r2
				-- transactional: false
				-- migrate:upgrade
				CREATE INDEX CONCURRENTLY accounts_name_idx ON accounts (name);
				""");
		retort = retort(db);
		retort.upgrade("r2");
		// a writer in an open transaction: CREATE INDEX CONCURRENTLY waits for it to end
		Connection other = db.connection();
		other.setAutoCommit(false);
		try (Statement statement = other.createStatement()) {
			statement.executeUpdate("UPDATE accounts SET name = 'b' WHERE id = 1");
		}
		Thread release = new Thread(() -> {
			try (other) {
				Thread.sleep(TIMEOUT.toMillis() * 4);
				other.rollback();
			}
			catch (SQLException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		long start = System.nanoTime();
		release.start();
		retort.upgrade("heads");
		release.join();
		// CREATE INDEX CONCURRENTLY waited for the open transaction, longer than the timeout, in one try
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(TIMEOUT.multipliedBy(3));
		assertThat(retort.current()).containsExactly("r3");
		try (Connection connection = db.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT indisvalid FROM pg_index WHERE indexrelid = 'accounts_name_idx'::regclass")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getBoolean(1)).isTrue();
		}
	}

}
