package dev.retort.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight JVMs run {@code upgrade heads} on one fresh database at the same moment: the migration lock
 * lets one of them apply every revision, exactly once, while the others wait, say who held the
 * lock, and find nothing left to do.
 */
class ConcurrentStartsIT {

	static final int PROCESSES = 8;

	static final int REVISIONS = 24;

	@TempDir
	Path project;

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void eightProcessesApplyEachRevisionOnce(TestDatabase db) throws Exception {
		String sleep = (db.kind() == DatabaseKind.POSTGRESQL) ? "SELECT pg_sleep(%s);" : "SELECT SLEEP(%s);";
		Path folder = this.project.resolve("revisions");
		RevisionFiles.chain(folder, REVISIONS, (i) -> {
			String body = "CREATE TABLE t" + i + " (id INT PRIMARY KEY, note VARCHAR(40));\nINSERT INTO t" + i
					+ " (id, note) VALUES (1, 'once');";
			// a slow first revision keeps the lock held while the other JVMs are still starting
			if (i == 1) {
				return body + "\n" + String.format(sleep, "4");
			}
			return (i % 4 == 0) ? body + "\n" + String.format(sleep, "0.2") : body;
		});
		List<String> args = new ArrayList<>(List.of("--url", db.jdbcUrl(), "--user", db.user()));
		if (!db.password().isEmpty()) {
			args.addAll(List.of("--password", db.password()));
		}
		args.addAll(List.of("--locations", "filesystem:" + folder, "--lock-timeout", "180s", "upgrade", "heads"));
		long start = System.nanoTime();
		List<RetortJar.Started> started = IntStream.range(0, PROCESSES)
			.mapToObj((n) -> RetortJar.start(this.project.resolve("p" + n), Map.of(), args.toArray(String[]::new)))
			.toList();
		List<RetortJar.Result> results = started.stream().map((p) -> p.await(Duration.ofSeconds(240))).toList();
		long millis = (System.nanoTime() - start) / 1_000_000;

		int exitedZero = 0;
		int waited = 0;
		int ranSteps = 0;
		int runningLines = 0;
		for (RetortJar.Result result : results) {
			assertThat(result.status()).as(result.err()).isZero();
			assertThat(result.err()).doesNotContain("FAILED", "\tat ");
			exitedZero++;
			long running = result.err().lines().filter((line) -> line.startsWith("Running upgrade")).count();
			runningLines += (int) running;
			boolean waiting = result.err().contains("Waiting for the migration lock held by ");
			if (running > 0) {
				ranSteps++;
				assertThat(running).as("the process that got the lock first runs everything").isEqualTo(REVISIONS);
			}
			else {
				// the lock holder was named, then the process found the revisions applied
				assertThat(result.err()).contains("Nothing to upgrade: the database is already at " + RevisionFiles.id(REVISIONS));
				if (waiting) {
					assertThat(result.err().indexOf("Waiting for the migration lock held by "))
						.isLessThan(result.err().indexOf("Nothing to upgrade"));
				}
			}
			if (waiting) {
				waited++;
				assertThat(result.err()).containsPattern(
						(db.kind() == DatabaseKind.POSTGRESQL) ? "held by PostgreSQL backend pid \\d+"
								: "held by MariaDB connection id \\d+");
			}
		}
		assertThat(ranSteps).isEqualTo(1);
		assertThat(waited).as("the slow first revision keeps the others waiting").isEqualTo(PROCESSES - 1);
		assertThat(runningLines).isEqualTo(REVISIONS);

		try (Connection connection = db.connection()) {
			assertThat(DatabaseState.query(connection, "SELECT version_num FROM retort_version"))
				.containsExactly(RevisionFiles.id(REVISIONS));
			List<String> history = DatabaseState.query(connection,
					"SELECT revision, operation FROM retort_history ORDER BY id");
			assertThat(history).containsExactlyElementsOf(IntStream.rangeClosed(1, REVISIONS)
				.mapToObj((i) -> RevisionFiles.id(i) + "|upgrade")
				.toList());
			for (int i = 1; i <= REVISIONS; i++) {
				assertThat(DatabaseState.query(connection, "SELECT note FROM t" + i)).containsExactly("once");
			}
		}
		Figures.record("ConcurrentStartsIT", db + ": " + exitedZero + "/" + PROCESSES + " processes exited 0, "
				+ waited + " waited for the lock, " + REVISIONS + "/" + REVISIONS + " revisions applied once, "
				+ millis + " ms");
	}

}
