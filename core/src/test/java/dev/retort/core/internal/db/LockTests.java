package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.SingleConnection;
import dev.retort.core.graph.Plan;
import dev.retort.core.internal.db.Fixtures.MapCatalog;
import dev.retort.core.internal.db.MigrationContext.Command;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static dev.retort.core.internal.db.Fixtures.insert;
import static dev.retort.core.internal.db.Fixtures.up;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LockTests {

	@DatabaseTest
	void aSecondMigrationWaitsNamesTheHolderTimesOutAndSucceedsOnceTheFirstIsDone(TestDatabase db) throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Script slow = Fixtures.script("a", List.of(), "sha256:a", (sink) -> {
			inside.countDown();
			await(release);
			sink.execute("CREATE TABLE t_a (id INT)");
		}, Optional.empty(), true);
		MapCatalog catalog = new MapCatalog(slow);
		MigrationContext first = Fixtures.context(db);
		CompletableFuture<MigrationResult> running = CompletableFuture
			.supplyAsync(() -> Fixtures.run(first, catalog, Command.UPGRADE, up(slow, List.of(), insert("a"))));
		assertThat(inside.await(20, TimeUnit.SECONDS)).isTrue();

		MigrationContext second = new MigrationContext(db.dataSource(), Fixtures.settings(Duration.ofMillis(600)));
		AtomicReference<String> waitingFor = new AtomicReference<>();
		MigrationListener listener = new MigrationListener() {

			@Override
			public void lockWaiting(String holder, Duration timeout) {
				waitingFor.set(holder);
			}

		};
		// plans from what it reads under the lock: nothing to do once "a" is there
		java.util.function.Function<List<String>, Plan> planner = (current) -> current.contains("a")
				? new Plan(List.of(), current, current) : new Plan(List.of(up(slow, List.of(), insert("a"))), current, List.of("a"));
		String holder = switch (db.kind()) {
			case POSTGRESQL -> "PostgreSQL backend pid ";
			case MARIADB -> "MariaDB connection id ";
			case H2 -> "H2 session ";
		};
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> second.migrate(Command.UPGRADE, planner, catalog, listener, true))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT))
			.withMessageContaining("Timed out after 600ms waiting for the migration lock on retort_version, held by "
					+ holder)
			.withMessageContaining("migrate.lock-timeout")
			.withMessageContaining("--lock-timeout");
		assertThat(waitingFor.get()).startsWith(holder);

		release.countDown();
		assertThat(running.get(20, TimeUnit.SECONDS).headsAfter()).containsExactly("a");
		MigrationResult after = second.migrate(Command.UPGRADE, planner, catalog, listener, true);
		assertThat(after.steps()).as("the second process sees the first's work under the lock").isEmpty();
		assertThat(second.history()).hasSize(1);
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void theLockDiesWithItsConnection(TestDatabase db) throws Exception {
		Connection holder = db.connection();
		MigrationLock abandoned = (db.kind() == DatabaseKind.POSTGRESQL)
				? new PostgresLock(holder, db.schema(), "retort_version")
				: new MariaDbLock(holder, db.schema(), "retort_version");
		assertThat(abandoned.tryAcquire()).isTrue();
		try (Connection other = db.connection()) {
			MigrationLock competitor = (db.kind() == DatabaseKind.POSTGRESQL)
					? new PostgresLock(other, db.schema(), "retort_version")
					: new MariaDbLock(other, db.schema(), "retort_version");
			assertThat(competitor.tryAcquire()).isFalse();
			assertThat(competitor.holder()).isPresent();
			holder.close(); // no unlock: the process "died"
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			boolean acquired = false;
			while (!acquired && System.nanoTime() < deadline) {
				acquired = competitor.tryAcquire();
				Thread.sleep(20);
			}
			assertThat(acquired).isTrue();
			competitor.close();
		}
	}

	@DatabaseTest
	void aMigrationReleasesTheLockWhenItFails(TestDatabase db) {
		Script broken = Fixtures.script("a", List.of(), "sha256:a",
				new SqlBody(List.of("INSERT INTO missing_table (id) VALUES (1)")), Optional.empty(), true);
		MigrationContext context = new MigrationContext(db.dataSource(), Fixtures.settings(Duration.ofMillis(300)));
		MapCatalog catalog = new MapCatalog(broken);
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(RetortException.class)
				.isThrownBy(() -> Fixtures.run(context, catalog, Command.UPGRADE, up(broken, List.of(), insert("a"))))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.REVISION_FAILED));
		}
	}

	/**
	 * H2 runs DDL, even {@code CREATE TABLE IF NOT EXISTS} of a table that exists, under one schema lock
	 * for the whole database. Another session's DDL (another tenant's revision, another process) must
	 * not fail the lock's set-up: once the table exists no DDL is needed, and creating it waits.
	 */
	@DatabaseTest(DatabaseKind.H2)
	void h2LockSetUpDoesNotFailWhileAnotherSessionRunsDdl(TestDatabase db) throws Exception {
		try (Connection setup = db.connection(); Statement statement = setup.createStatement()) {
			statement.execute("CREATE TABLE busy (id INT)");
			statement.execute("INSERT INTO busy (id) VALUES (1)");
			statement.execute("CREATE ALIAS hold_schema_lock FOR '" + SchemaLockHolder.class.getName() + ".hold'");
		}
		Tables tables = Fixtures.settings().tables(Dialect.H2).in(Optional.of("PUBLIC"));
		Duration timeout = Duration.ofSeconds(30);

		// first run: the lock table is missing; creating it waits for the other session's DDL
		try (SchemaLockHolder held = new SchemaLockHolder(db, 1)) {
			CompletableFuture<H2Lock> setUp = CompletableFuture.supplyAsync(() -> h2Lock(db, tables, timeout));
			awaitWaitingSession(db, "CREATE TABLE IF NOT EXISTS %", setUp);
			held.release();
			try (H2Lock lock = setUp.get(20, TimeUnit.SECONDS)) {
				assertThat(lock.tryAcquire()).isTrue();
			}
		}
		// later runs: no DDL, so nothing to wait for
		try (SchemaLockHolder held = new SchemaLockHolder(db, 2); H2Lock lock = h2Lock(db, tables, timeout)) {
			held.release();
			assertThat(lock.tryAcquire()).isTrue();
		}
	}

	@DatabaseTest(DatabaseKind.H2)
	void h2LockGivesItsConnectionBackAsLent(TestDatabase db) throws Exception {
		Tables tables = Fixtures.settings().tables(Dialect.H2).in(Optional.of("PUBLIC"));
		try (Connection lent = db.connection(); Statement statement = lent.createStatement()) {
			statement.execute("SET LOCK_TIMEOUT 1234");
			// a pool's connection: the lock's close() leaves it open, with the session as it was lent
			try (H2Lock lock = new H2Lock(new SingleConnection(lent).dataSource(), tables, Duration.ofSeconds(5))) {
				assertThat(lock.tryAcquire()).isTrue();
			}
			assertThat(lent.isClosed()).isFalse();
			assertThat(lent.getAutoCommit()).isTrue();
			try (ResultSet row = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
				assertThat(row.next()).isTrue();
				assertThat(row.getInt(1)).isEqualTo(1234);
			}
		}
	}

	private static H2Lock h2Lock(TestDatabase db, Tables tables, Duration timeout) {
		try {
			return new H2Lock(db.dataSource(), tables, timeout);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Polls until a session runs a statement like {@code like} (it waits, on H2) or the task is done. */
	private static void awaitWaitingSession(TestDatabase db, String like, CompletableFuture<?> task) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		try (Connection observer = db.connection(); PreparedStatement statement = observer.prepareStatement(
				"SELECT count(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE EXECUTING_STATEMENT LIKE ?")) {
			statement.setString(1, like);
			while (!task.isDone()) {
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					if (rows.getInt(1) > 0) {
						return;
					}
				}
				assertThat(System.nanoTime()).as("a session to run " + like).isLessThan(deadline);
				Thread.sleep(10);
			}
		}
	}

	/**
	 * Holds H2's schema lock from another session: adding a check constraint checks the existing row
	 * under that lock, and the check waits until {@link #release()}.
	 */
	public static final class SchemaLockHolder implements AutoCloseable {

		private static volatile CountDownLatch entered = new CountDownLatch(1);

		private static volatile CountDownLatch released = new CountDownLatch(1);

		private final CompletableFuture<Void> ddl;

		SchemaLockHolder(TestDatabase db, int n) throws InterruptedException {
			entered = new CountDownLatch(1);
			released = new CountDownLatch(1);
			this.ddl = CompletableFuture.runAsync(() -> {
				try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
					statement.execute("ALTER TABLE busy ADD CONSTRAINT busy_" + n + " CHECK (hold_schema_lock(id) > 0)");
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			assertThat(entered.await(20, TimeUnit.SECONDS)).as("the DDL holding the schema lock started").isTrue();
		}

		/**
		 * Called by H2 for the check, inside the DDL.
		 * @param id the row's id
		 * @return the id, once released
		 */
		public static int hold(int id) throws InterruptedException {
			entered.countDown();
			released.await(30, TimeUnit.SECONDS);
			return id;
		}

		void release() {
			released.countDown();
		}

		@Override
		public void close() throws Exception {
			release();
			this.ddl.get(20, TimeUnit.SECONDS);
		}

	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
