package dev.retort.core.internal.db;

import java.sql.Connection;
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

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
