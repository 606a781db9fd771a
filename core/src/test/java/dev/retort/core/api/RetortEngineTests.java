package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.Step;
import dev.retort.core.script.LocationScriptSource;
import dev.retort.core.script.ScriptSource;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The engine end to end: revision files on disk, the real graph, a fresh database.
 */
class RetortEngineTests {

	@TempDir
	Path dir;

	private void write(String id, String parents, String message, String upgrade, String downgrade)
			throws IOException {
		StringBuilder text = new StringBuilder("-- revision: " + id + "\n-- down_revision: " + parents + "\n-- message: "
				+ message + "\n\n-- migrate:upgrade\n" + upgrade + "\n");
		if (downgrade != null) {
			text.append("\n-- migrate:downgrade\n").append(downgrade).append('\n');
		}
		Files.writeString(this.dir.resolve(id + "_" + message.replace(' ', '_') + ".sql"), text);
	}

	/** a -> b -> (c1, c2) -> m */
	private void writeGraph() throws IOException {
		write("aaaa", "", "create a", "CREATE TABLE t_a (id INT);", "DROP TABLE t_a;");
		write("bbbb", "aaaa", "create b", "CREATE TABLE t_b (id INT);", "DROP TABLE t_b;");
		write("cc11", "bbbb", "create c1", "CREATE TABLE t_c1 (id INT);", "DROP TABLE t_c1;");
		write("cc22", "bbbb", "create c2", "CREATE TABLE t_c2 (id INT);", "DROP TABLE t_c2;");
		write("mmmm", "cc11, cc22", "merge", "CREATE TABLE t_m (id INT);", "DROP TABLE t_m;");
	}

	private Retort retort(TestDatabase db, MigrationListener listener) {
		return Retort.configure()
			.dataSource(db.dataSource())
			.locations("filesystem:" + this.dir)
			.appliedBy("tester")
			.listener(listener)
			.load();
	}

	private Retort retort(TestDatabase db) {
		return retort(db, new MigrationListener() {
		});
	}

	@DatabaseTest
	void upgradeDowngradeRelativeStepsAndStampMoveTheVersionRowsAsAlembicDoes(TestDatabase db) throws Exception {
		writeGraph();
		List<String> progress = new ArrayList<>();
		Retort retort = retort(db, new MigrationListener() {

			@Override
			public void stepStarting(Step step) {
				progress.add(step.describe());
			}

		});
		assertThat(retort.current()).isEmpty();
		assertThat(retort.status().pending()).extracting(RevisionHeader::id).hasSize(5).startsWith("aaaa", "bbbb");

		assertThat(retort.upgrade("+1").headsAfter()).containsExactly("aaaa");
		assertThat(retort.upgrade("heads").headsAfter()).containsExactly("mmmm");
		assertThat(retort.current()).containsExactly("mmmm");
		assertThat(progress.get(0)).isEqualTo("upgrade  -> aaaa, create a");
		assertThat(progress).contains("upgrade cc11, cc22 -> mmmm, merge");
		assertThat(retort.status().upToDate()).isTrue();

		assertThat(retort.downgrade("cc22").headsAfter()).containsExactlyInAnyOrder("cc11", "cc22");
		assertThat(retort.current()).containsExactlyInAnyOrder("cc11", "cc22");
		assertThat(tableExists(db, "t_m")).isFalse();

		retort.downgrade("base");
		assertThat(retort.current()).isEmpty();
		assertThat(tableExists(db, "t_a")).isFalse();

		MigrationResult stamped = retort.stamp(List.of("cc22"), false);
		assertThat(stamped.headsAfter()).containsExactly("cc22");
		assertThat(retort.current()).containsExactly("cc22");
		assertThat(tableExists(db, "t_c2")).isFalse();
		assertThat(retort.history()).extracting(HistoryEntry::operation).contains("upgrade", "downgrade", "stamp");
	}

	@DatabaseTest
	void anEditedAppliedRevisionIsRefusedWithBothChecksumsUntilStamped(TestDatabase db) throws Exception {
		write("aaaa", "", "create a", "CREATE TABLE t_a (id INT);", "DROP TABLE t_a;");
		retort(db).upgrade("heads");
		String applied = retort(db).script("aaaa").orElseThrow().checksum();
		write("aaaa", "", "create a", "CREATE TABLE t_a (id INT, name VARCHAR(20));", "DROP TABLE t_a;");
		write("bbbb", "aaaa", "create b", "CREATE TABLE t_b (id INT);", "DROP TABLE t_b;");
		Retort edited = retort(db);
		String resolved = edited.script("aaaa").orElseThrow().checksum();
		assertThat(resolved).startsWith("sha256:").isNotEqualTo(applied);

		assertThat(edited.validate().mismatches()).singleElement().satisfies((mismatch) -> {
			assertThat(mismatch.revision()).isEqualTo("aaaa");
			assertThat(mismatch.appliedChecksum()).isEqualTo(applied);
			assertThat(mismatch.resolvedChecksum()).contains(resolved);
		});
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> edited.upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH))
			.withMessageContaining("Revision aaaa (")
			.withMessageContaining("aaaa_create_a.sql")
			.withMessageContaining("-> Applied to database : " + applied)
			.withMessageContaining("-> Resolved locally    : " + resolved)
			.withMessageContaining("Either revert the file")
			.withMessageContaining("`stamp aaaa`");
		assertThat(edited.current()).containsExactly("aaaa");
		assertThat(tableExists(db, "t_b")).isFalse();

		edited.stamp(List.of("aaaa"), false);
		assertThat(edited.validate().valid()).isTrue();
		assertThat(edited.upgrade("heads").headsAfter()).containsExactly("bbbb");
	}

	@DatabaseTest
	void downgradingThroughAnIrreversibleRevisionFailsBeforeAnythingRuns(TestDatabase db) throws Exception {
		write("aaaa", "", "create a", "CREATE TABLE t_a (id INT);", "DROP TABLE t_a;");
		write("bbbb", "aaaa", "one way", "CREATE TABLE t_b (id INT);", null);
		write("cccc", "bbbb", "create c", "CREATE TABLE t_c (id INT);", "DROP TABLE t_c;");
		Retort retort = retort(db);
		retort.upgrade("heads");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.downgrade("base"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.IRREVERSIBLE_REVISION))
			.withMessageContaining("Revision bbbb (")
			.withMessageContaining("bbbb_one_way.sql")
			.withMessageContaining("nothing was run");
		assertThat(retort.current()).containsExactly("cccc");
		assertThat(tableExists(db, "t_c")).as("cccc's downgrade did not run").isTrue();
	}

	@DatabaseTest
	void aMalformedPendingFileStopsTheUpgradeBeforeItsFirstStep(TestDatabase db) throws Exception {
		write("aaaa", "", "create a", "CREATE TABLE t_a (id INT);", "DROP TABLE t_a;");
		Retort first = retort(db);
		first.upgrade("heads");
		write("bbbb", "aaaa", "create b", "CREATE TABLE t_b (id INT);", "DROP TABLE t_b;");
		write("cccc", "bbbb", "broken", "INSERT INTO t_b (id) VALUES ('oops);", "DELETE FROM t_b;");
		// statements are split on first use, so loading and a status do not stumble on the broken file
		Retort retort = retort(db);
		assertThat(retort.status().pending()).extracting(RevisionHeader::id).containsExactly("bbbb", "cccc");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageContaining("cccc_broken.sql line 6: unterminated quoted text");
		assertThat(retort.current()).containsExactly("aaaa");
		assertThat(tableExists(db, "t_b")).as("bbbb did not run").isFalse();
		assertThat(retort.history()).hasSize(1);
		assertThatExceptionOfType(RetortException.class).isThrownBy(retort::validate)
			.withMessageContaining("cccc_broken.sql line 6: unterminated quoted text");
	}

	@DatabaseTest(DatabaseKind.H2)
	void manyEditedFilesAreCountedBeyondTheFirstTen(TestDatabase db) throws Exception {
		String parent = "";
		for (int i = 1; i <= 12; i++) {
			String id = String.format("r%03d", i);
			write(id, parent, "create " + i, "CREATE TABLE t_" + i + " (id INT);", "DROP TABLE t_" + i + ";");
			parent = id;
		}
		retort(db).upgrade("heads");
		try (var files = Files.list(this.dir)) {
			for (Path file : files.toList()) {
				Files.writeString(file, Files.readString(file) + "-- edited\n");
			}
		}
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort(db).upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH))
			.withMessageStartingWith("Validate failed: 12 applied revisions differ from the revision files")
			.withMessageContaining("... and 2 more (`validate --json` lists them all)")
			.satisfies((ex) -> assertThat(ex.getMessage().split("\n-> Applied to database", -1)).hasSize(11));
		assertThat(retort(db).validate().mismatches()).hasSize(12);
	}

	@DatabaseTest(DatabaseKind.H2)
	void filesAreReadOnceWhileTheDatabaseIsCheckedAndAFailedReadIsReportedByTheCaller(TestDatabase db)
			throws Exception {
		write("aaaa", "", "create a", "CREATE TABLE t_a (id INT);", "DROP TABLE t_a;");
		AtomicInteger loads = new AtomicInteger();
		ScriptSource files = () -> {
			loads.incrementAndGet();
			return LocationScriptSource.of(List.of("filesystem:" + this.dir), getClass().getClassLoader()).load();
		};
		Retort retort = Retort.configure().dataSource(db.dataSource()).scriptSource(files).load();
		retort.upgrade("heads");
		retort.upgrade("heads");
		assertThat(retort.current()).containsExactly("aaaa");
		assertThat(loads).as("read on a thread of its own, once, and kept").hasValue(1);

		ScriptSource broken = () -> {
			throw new RetortException(ErrorCode.INVALID_REVISION_FILE, "broken.sql line 1: nope");
		};
		Retort failing = Retort.configure().dataSource(db.dataSource()).scriptSource(broken).load();
		for (int attempt = 0; attempt < 2; attempt++) {
			// whichever thread read first, the caller gets the error, every time
			assertThatExceptionOfType(RetortException.class).isThrownBy(() -> failing.upgrade("heads"))
				.withMessage("broken.sql line 1: nope");
		}
	}

	@DatabaseTest
	void twoEnginesUpgradingAtOnceApplyEachRevisionExactlyOnce(TestDatabase db) throws Exception {
		writeGraph();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<MigrationResult>> results = pool.invokeAll(List.of(
					() -> retort(db).upgrade("heads"), () -> retort(db).upgrade("heads")));
			int steps = 0;
			for (java.util.concurrent.Future<MigrationResult> result : results) {
				steps += result.get().steps().size();
			}
			assertThat(steps).isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(retort(db).history()).extracting(HistoryEntry::revision)
			.hasSize(5)
			.doesNotHaveDuplicates();
		assertThat(retort(db).current()).containsExactly("mmmm");
	}

	@DatabaseTest(DatabaseKind.H2)
	void readCommandsCreateNothing(TestDatabase db) throws Exception {
		writeGraph();
		Retort retort = retort(db);
		assertThat(retort.current()).isEmpty();
		assertThat(retort.status().partial()).isEmpty();
		assertThat(retort.history()).isEmpty();
		assertThat(retort.validate().valid()).isTrue();
		assertThat(tableExists(db, "\"retort_version\"")).isFalse();
		assertThat(tableExists(db, "\"retort_history\"")).isFalse();
	}

	@Test
	void refusesTableNamesThatAreNotPlainIdentifiers() {
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> Retort.configure().versionTable("x; DROP TABLE users").load())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
			.withMessageContaining("'x; DROP TABLE users'")
			.withMessageContaining("migrate.version-table");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> Retort.configure().schema("public\"; --").load())
			.withMessageContaining("migrate.schema");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> Retort.configure().historyTable("h".repeat(64)).load())
			.withMessageContaining("at most 63");
	}

	@Test
	void aUrlDataSourceNeverShowsThePassword() {
		Retort retort = Retort.configure().url("jdbc:h2:mem:x;PASSWORD=hunter2", "sa", "s3cret").load();
		assertThat(retort.configuration().versionTable()).isEqualTo("retort_version");
		assertThat(new dev.retort.core.internal.db.DriverDataSource("jdbc:h2:mem:x;PASSWORD=hunter2", "sa",
				"s3cret")
			.toString()).doesNotContain("hunter2").doesNotContain("s3cret");
	}

	static boolean tableExists(TestDatabase db, String table) {
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			statement.executeQuery("SELECT COUNT(*) FROM " + table).close();
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
