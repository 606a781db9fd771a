package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.graph.Revision;
import dev.retort.core.graph.Step;
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
		assertThat(retort.status().pending()).extracting(Revision::id).hasSize(5).startsWith("aaaa", "bbbb");

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
