package dev.retort.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the migrating JVM at every statement boundary of a 20-revision upgrade. Each revision
 * runs four statements: a gate, CREATE TABLE, a gate, INSERT. A gate is
 * {@code SELECT id FROM gate WHERE id = g FOR UPDATE}; the test holds row g locked in its own
 * transaction, so it knows exactly where the process is when it kills it. Then it releases the row
 * and checks that version table, history and schema agree, and that the next run needs no unlock:
 * on PostgreSQL it simply carries on; on MariaDB the half-applied revision is reported by
 * {@code current} and {@code upgrade}, resolved as the message says, and then the run carries on.
 */
class CrashRecoveryIT {

	static final int REVISIONS = 20;

	static final int STATEMENTS = 4;

	@TempDir
	Path project;

	private TestDatabase db;

	private Path folder;

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void everyKillPointRecovers(TestDatabase db) throws Exception {
		this.db = db;
		this.folder = this.project.resolve("revisions");
		RevisionFiles.chain(this.folder, REVISIONS, (i) -> gate(2 * i - 1) + "\nCREATE TABLE t" + i
				+ " (id INT PRIMARY KEY);\n" + gate(2 * i) + "\nINSERT INTO t" + i + " (id) VALUES (" + i + ");");
		try (Connection setup = db.connection(); Statement statement = setup.createStatement()) {
			statement.execute("CREATE TABLE gate (id INT PRIMARY KEY)");
			for (int g = 1; g <= 2 * REVISIONS; g++) {
				statement.execute("INSERT INTO gate (id) VALUES (" + g + ")");
			}
		}
		boolean maria = db.kind() == DatabaseKind.MARIADB;
		long start = System.nanoTime();
		int killed = 0;
		int reportedPartial = 0;
		int waitedForLock = 0;
		for (int g = 1; g <= 2 * REVISIONS; g++) {
			int revision = (g + 1) / 2;
			boolean midRevision = g % 2 == 0;
			RetortJar.Result result;
			try (Connection holder = db.connection()) {
				holder.setAutoCommit(false);
				lockGate(holder, g);
				RetortJar.Started process = RetortJar.start(this.project.resolve("run" + g), java.util.Map.of(),
						args("upgrade", "heads"));
				awaitBlockedAt(process, g);
				result = process.kill();
				holder.rollback();
			}
			killed++;
			assertThat(result.status()).isNotZero();
			assertThat(result.err()).contains("Running upgrade " + ((revision == 1) ? "" : RevisionFiles.id(revision - 1))
					+ " -> " + RevisionFiles.id(revision));
			if (result.err().contains("Waiting for the migration lock")) {
				waitedForLock++;
			}
			awaitSessionsGone();

			// version table, history and schema agree: revisions 1..revision-1 are applied
			int committed = midRevision ? 2 : 0;
			assertAgree(revision - 1, maria ? committed : -1);
			if (maria) {
				reportedPartial++;
				resolvePartial(revision, committed);
				assertAgree(revision - 1, -1);
			}
		}
		RetortJar.Result last = RetortJar.run(this.project.resolve("last"), args("upgrade", "heads"));
		assertThat(last.status()).as(last.err()).isZero();
		assertThat(last.err()).doesNotContain("FAILED");
		assertAgree(REVISIONS, -1);
		try (Connection connection = db.connection()) {
			List<String> upgrades = DatabaseState.query(connection,
					"SELECT revision FROM retort_history WHERE operation = 'upgrade' AND success = " + (maria ? "1" : "true")
							+ " ORDER BY id");
			assertThat(upgrades).as("each revision applied exactly once")
				.containsExactlyElementsOf(ids(REVISIONS));
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		Figures.record("CrashRecoveryIT", this.db + ": " + killed + "/" + (2 * REVISIONS) + " kill points ("
				+ REVISIONS + " revisions x " + STATEMENTS + " statements; kills before statement 1 and 3 of each) recovered"
				+ (maria ? ", " + reportedPartial + " half-applied revisions reported by current and upgrade and resolved"
						: ", next run carried on each time")
				+ ", " + waitedForLock + " runs waited for a lock, final upgrade completed, " + millis + " ms");
	}

	private static String gate(int g) {
		return "SELECT id FROM gate WHERE id = " + g + " FOR UPDATE;";
	}

	private String[] args(String... command) {
		List<String> args = new ArrayList<>(List.of("--url", this.db.jdbcUrl(), "--user", this.db.user()));
		if (!this.db.password().isEmpty()) {
			args.addAll(List.of("--password", this.db.password()));
		}
		args.addAll(List.of("--locations", "filesystem:" + this.folder, "--lock-timeout", "60s"));
		args.addAll(List.of(command));
		return args.toArray(String[]::new);
	}

	private static void lockGate(Connection holder, int g) throws SQLException {
		try (Statement statement = holder.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id FROM gate WHERE id = " + g + " FOR UPDATE")) {
			assertThat(rows.next()).isTrue();
		}
	}

	/** Polls the server until the process's session is waiting on gate g. */
	private void awaitBlockedAt(RetortJar.Started process, int g) throws Exception {
		String sql = (this.db.kind() == DatabaseKind.POSTGRESQL)
				? "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'"
						+ " AND pid <> pg_backend_pid() AND query LIKE ?"
				: "SELECT count(*) FROM information_schema.processlist WHERE db = DATABASE() AND id <> CONNECTION_ID()"
						+ " AND info LIKE ?";
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		try (Connection observer = this.db.connection(); PreparedStatement statement = observer.prepareStatement(sql)) {
			statement.setString(1, "%FROM gate WHERE id = " + g + " FOR UPDATE%");
			while (true) {
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					if (rows.getInt(1) > 0) {
						return;
					}
				}
				if (!process.process().isAlive()) {
					throw new AssertionError("retort exited before reaching gate " + g + ":\n" + process.err());
				}
				assertThat(System.nanoTime()).as("reaching gate " + g + "; stderr: " + process.err()).isLessThan(deadline);
				Thread.sleep(20);
			}
		}
	}

	/** The killed client's server session finishes once the gate opens; wait until it has. */
	private void awaitSessionsGone() throws Exception {
		String sql = (this.db.kind() == DatabaseKind.POSTGRESQL)
				? "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
				: "SELECT count(*) FROM information_schema.processlist WHERE db = DATABASE() AND id <> CONNECTION_ID()";
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		try (Connection observer = this.db.connection(); Statement statement = observer.createStatement()) {
			while (true) {
				try (ResultSet rows = statement.executeQuery(sql)) {
					rows.next();
					if (rows.getInt(1) == 0) {
						return;
					}
				}
				assertThat(System.nanoTime()).as("the killed session to end").isLessThan(deadline);
				Thread.sleep(20);
			}
		}
	}

	/**
	 * Revisions 1..applied are in the version table, in history (once each, as successes) and in the
	 * schema; later ones are not, except that a half-applied revision's committed statements are
	 * recorded by its unresolved history row ({@code partialCommitted} >= 0).
	 */
	private void assertAgree(int applied, int partialCommitted) throws SQLException {
		boolean maria = this.db.kind() == DatabaseKind.MARIADB;
		try (Connection connection = this.db.connection()) {
			assertThat(DatabaseState.query(connection, "SELECT version_num FROM retort_version"))
				.isEqualTo((applied == 0) ? List.of() : List.of(RevisionFiles.id(applied)));
			List<String> history = DatabaseState.query(connection,
					"SELECT revision, operation, success, statements_committed FROM retort_history ORDER BY id");
			String yes = maria ? "1" : "t";
			List<String> upgrades = history.stream()
				.filter((row) -> row.contains("|upgrade|" + yes + "|"))
				.map((row) -> row.substring(0, row.indexOf('|')))
				.toList();
			assertThat(upgrades).containsExactlyElementsOf(ids(applied));
			String latest = history.isEmpty() ? "" : history.get(history.size() - 1);
			if (partialCommitted >= 0) {
				assertThat(latest).isEqualTo(RevisionFiles.id(applied + 1) + "|upgrade|0|" + partialCommitted);
			}
			else {
				assertThat(latest).doesNotContain("|0|");
				if (!maria) {
					assertThat(history).hasSize(applied);
				}
			}
			Set<String> tables = DatabaseState.of(this.db, Set.of("gate", "retort_version", "retort_history")).tables()
				.keySet();
			List<String> expected = new ArrayList<>();
			for (int i = 1; i <= applied; i++) {
				expected.add("t" + i);
				assertThat(DatabaseState.query(connection, "SELECT id FROM t" + i)).containsExactly(String.valueOf(i));
			}
			if (partialCommitted >= 2) {
				expected.add("t" + (applied + 1));
			}
			assertThat(tables).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	/** MariaDB: current and upgrade name the half-applied revision; undo by hand and stamp, as told. */
	private void resolvePartial(int revision, int committed) throws SQLException {
		Path here = this.project.resolve("resolve");
		RetortJar.Result current = InProcess.run(here, args("current"));
		assertThat(current.status()).isZero();
		assertThat(current.err()).contains("WARNING: revision " + RevisionFiles.id(revision) + " is half-applied");
		RetortJar.Result upgrade = InProcess.run(here, args("upgrade", "heads"));
		assertThat(upgrade.status()).isEqualTo(1);
		String previous = (revision == 1) ? "base" : RevisionFiles.id(revision - 1);
		assertThat(upgrade.err()).startsWith("FAILED: Revision " + RevisionFiles.id(revision))
			.contains("failed part-way during upgrade", "`stamp " + previous + "`")
			.doesNotContain("\tat ");
		assertThat(upgrade.err().strip().lines()).first().asString().startsWith("FAILED: ");
		if (committed >= 2) {
			try (Connection connection = this.db.connection(); Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE t" + revision);
			}
		}
		RetortJar.Result stamp = InProcess.run(here, args("stamp", previous));
		assertThat(stamp.status()).as(stamp.err()).isZero();
	}

	private static List<String> ids(int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			ids.add(RevisionFiles.id(i));
		}
		return ids;
	}

}
