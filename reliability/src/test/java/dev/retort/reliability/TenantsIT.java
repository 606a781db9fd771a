package dev.retort.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant runs under crashes and contention (issue 21): a JVM killed with {@code kill -9} while
 * several tenants are mid-run, then a rerun, leaves every tenant at the head with each revision
 * applied once; eight JVMs running the same tenant set at once apply each revision once per tenant.
 * On H2 the JVMs reach the test's in-memory database through an H2 TCP server in the test JVM
 * ({@link H2TcpServer}), so they share one database as they share a PostgreSQL or MariaDB server.
 */
class TenantsIT {

	static final int TENANTS = 6;

	static final int REVISIONS = 5;

	static final int PARALLELISM = 3;

	@TempDir
	Path project;

	private TestDatabase db;

	private Path folder;

	private List<String> tenants;

	private H2TcpServer h2;

	/** How the JVMs reach the database: on H2, through the server, with the given session settings. */
	private String url = "";

	@AfterEach
	void stopH2Server() {
		if (this.h2 != null) {
			this.h2.close();
		}
	}

	private void setUp(TestDatabase db, String h2Settings, java.util.function.IntFunction<String> extra)
			throws Exception {
		this.db = db;
		if (db.kind() == DatabaseKind.H2) {
			this.h2 = H2TcpServer.serving(db);
			this.url = this.h2.url(h2Settings);
		}
		else {
			this.url = db.jdbcUrl();
		}
		this.folder = this.project.resolve("revisions");
		this.tenants = IntStream.rangeClosed(1, TENANTS).mapToObj((n) -> db.createTenant("k" + n)).toList();
		RevisionFiles.chain(this.folder, REVISIONS, (i) -> extra.apply(i) + "CREATE TABLE t" + i
				+ " (id INT PRIMARY KEY);\nINSERT INTO t" + i + " (id) VALUES (" + i + ");");
	}

	private String[] args(List<String> tenants, String... command) {
		List<String> args = new ArrayList<>(List.of("--url", this.url, "--user", this.db.user()));
		if (!this.db.password().isEmpty()) {
			args.addAll(List.of("--password", this.db.password()));
		}
		args.addAll(List.of("--locations", "filesystem:" + this.folder, "--lock-timeout", "180s", "--tenant-schemas",
				String.join(",", tenants), "--tenant-parallelism", String.valueOf(PARALLELISM)));
		args.addAll(List.of(command));
		return args.toArray(String[]::new);
	}

	@DatabaseTest
	void killedMidRunThenRerunLeavesEveryTenantAtHeadWithEachRevisionOnce(TestDatabase db) throws Exception {
		String gate = db.schema() + ".gate";
		// revision 3 of every tenant waits on a row the test holds: the kill lands with tenants mid-run.
		// H2 gives up on a row lock after 2 s by default; PostgreSQL waits as long as it takes.
		setUp(db, ";LOCK_TIMEOUT=180000", (i) -> (i == 3) ? "SELECT id FROM " + gate + " WHERE id = 1 FOR UPDATE;\n" : "");
		try (Connection setup = db.connection(); Statement statement = setup.createStatement()) {
			statement.execute("CREATE TABLE gate (id INT PRIMARY KEY)");
			statement.execute("INSERT INTO gate (id) VALUES (1)");
		}
		long start = System.nanoTime();
		RetortJar.Result killed;
		try (Connection holder = db.connection()) {
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.executeQuery("SELECT id FROM gate WHERE id = 1 FOR UPDATE").close();
			}
			RetortJar.Started process = RetortJar.start(this.project.resolve("killed"), Map.of(),
					args(this.tenants, "upgrade", "heads"));
			awaitBlocked(process, gate, PARALLELISM);
			killed = process.kill();
			holder.rollback();
		}
		assertThat(killed.status()).isNotZero();
		assertThat(killed.err()).contains("Running upgrade " + RevisionFiles.id(2) + " -> " + RevisionFiles.id(3));

		RetortJar.Result rerun = RetortJar.run(this.project.resolve("rerun"), args(this.tenants, "upgrade", "heads"));
		int resolved = 0;
		if (db.kind() != DatabaseKind.POSTGRESQL) {
			// MariaDB and H2 commit DDL as it goes: the killed tenants' revision 3 is reported half-applied
			// and fails alone; the others carry on. Resolve as the message says (nothing of it ran), then rerun.
			List<String> half = this.tenants.stream().filter((t) -> rerun.err().contains(t + ": FAILED: Revision "
					+ RevisionFiles.id(3))).toList();
			assertThat(half).hasSize(PARALLELISM);
			assertThat(rerun.status()).isEqualTo(1);
			assertThat(rerun.err()).contains(PARALLELISM + " failed (", "failed part-way during upgrade",
					"`stamp " + RevisionFiles.id(2) + "`");
			RetortJar.Result stamp = InProcess.run(this.project.resolve("stamp"), args(half, "stamp", RevisionFiles.id(2)));
			assertThat(stamp.status()).as(stamp.err()).isZero();
			resolved = half.size();
			RetortJar.Result last = InProcess.run(this.project.resolve("last"), args(this.tenants, "upgrade", "heads"));
			assertThat(last.status()).as(last.err()).isZero();
			assertThat(last.err()).endsWith(TENANTS + " tenants: " + PARALLELISM + " upgraded, "
					+ (TENANTS - PARALLELISM) + " already at head, 0 failed\n");
		}
		else {
			assertThat(rerun.status()).as(rerun.err()).isZero();
			assertThat(rerun.err()).endsWith(TENANTS + " tenants: " + TENANTS + " upgraded, 0 already at head, 0 failed\n");
		}
		assertEveryTenantAtHeadOnce();
		Figures.record("TenantsIT", db + ": kill -9 with " + PARALLELISM + " of " + TENANTS
				+ " tenants mid-revision, rerun brought all " + TENANTS + " to head with each of " + REVISIONS
				+ " revisions applied once" + ((resolved > 0) ? " (" + resolved + " half-applied tenants stamped first)" : "")
				+ ", " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	@DatabaseTest
	void eightProcessesOnTheSameTenantsApplyEachRevisionOncePerTenant(TestDatabase db) throws Exception {
		String sleep = switch (db.kind()) {
			case POSTGRESQL -> "SELECT pg_sleep(1);\n";
			case MARIADB -> "SELECT SLEEP(1);\n";
			// H2 has no sleep function; this one runs in the test JVM, where the database is
			case H2 -> "CALL PUBLIC.test_sleep(1000);\n";
		};
		// a slow first revision keeps tenants locked while the other JVMs start; H2 keeps its defaults
		setUp(db, "", (i) -> (i == 1) ? sleep : "");
		if (db.kind() == DatabaseKind.H2) {
			try (Connection setup = db.connection(); Statement statement = setup.createStatement()) {
				statement.execute("CREATE ALIAS PUBLIC.test_sleep FOR 'java.lang.Thread.sleep(long)'");
			}
		}
		long start = System.nanoTime();
		List<RetortJar.Started> started = IntStream.range(0, 8)
			.mapToObj((n) -> RetortJar.start(this.project.resolve("p" + n), Map.of(), args(this.tenants, "upgrade", "heads")))
			.toList();
		List<RetortJar.Result> results = started.stream().map((p) -> p.await(Duration.ofSeconds(240))).toList();
		int running = 0;
		int waits = 0;
		for (RetortJar.Result result : results) {
			assertThat(result.status()).as(result.err()).isZero();
			assertThat(result.err()).doesNotContain("FAILED", "\tat ").contains(TENANTS + " tenants: ");
			running += (int) result.err().lines().filter((line) -> line.contains(": Running upgrade")).count();
			waits += (int) result.err().lines().filter((line) -> line.contains(": Waiting for the migration lock")).count();
		}
		assertThat(running).as("each revision ran once per tenant across all processes").isEqualTo(TENANTS * REVISIONS);
		assertEveryTenantAtHeadOnce();
		Figures.record("TenantsIT", db + ": 8 processes on " + TENANTS + " tenants x " + REVISIONS
				+ " revisions, all exited 0, " + running + " steps ran in total (each revision once per tenant), "
				+ waits + " tenant runs waited for another process's lock on that tenant, "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	private void assertEveryTenantAtHeadOnce() throws Exception {
		String yes = (this.db.kind() == DatabaseKind.MARIADB) ? "1" : "true";
		// Retort quotes its tables' names: lower case on H2 too
		String quote = (this.db.kind() == DatabaseKind.H2) ? "\"" : "";
		List<String> ids = IntStream.rangeClosed(1, REVISIONS).mapToObj(RevisionFiles::id).toList();
		try (Connection connection = this.db.connection()) {
			for (String tenant : this.tenants) {
				assertThat(DatabaseState.query(connection, "SELECT version_num FROM " + tenant + "." + quote
						+ "retort_version" + quote))
					.as(tenant).containsExactly(RevisionFiles.id(REVISIONS));
				assertThat(DatabaseState.query(connection, "SELECT revision FROM " + tenant + "." + quote
						+ "retort_history" + quote + " WHERE operation = 'upgrade' AND success = " + yes + " ORDER BY id"))
					.as(tenant + ": each revision applied exactly once").containsExactlyElementsOf(ids);
				for (int i = 1; i <= REVISIONS; i++) {
					assertThat(DatabaseState.query(connection, "SELECT id FROM " + tenant + ".t" + i))
						.containsExactly(String.valueOf(i));
				}
			}
		}
	}

	/** Polls the server until {@code count} sessions wait on the gate row. */
	private void awaitBlocked(RetortJar.Started process, String gate, int count) throws Exception {
		String sql = switch (this.db.kind()) {
			case POSTGRESQL ->
				"SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND query LIKE ?";
			case MARIADB -> "SELECT count(*) FROM information_schema.processlist WHERE id <> CONNECTION_ID() AND info LIKE ?";
			case H2 -> "SELECT count(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
					+ " AND SESSION_ID <> SESSION_ID() AND EXECUTING_STATEMENT LIKE ?";
		};
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		try (Connection observer = this.db.connection(); PreparedStatement statement = observer.prepareStatement(sql)) {
			statement.setString(1, "%FROM " + gate + " WHERE id = 1 FOR UPDATE%");
			while (true) {
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					if (rows.getInt(1) >= count) {
						return;
					}
				}
				if (!process.process().isAlive()) {
					throw new AssertionError("retort exited before reaching the gate:\n" + process.err());
				}
				assertThat(System.nanoTime()).as("reaching the gate; stderr: " + process.err()).isLessThan(deadline);
				Thread.sleep(20);
			}
		}
	}

}
