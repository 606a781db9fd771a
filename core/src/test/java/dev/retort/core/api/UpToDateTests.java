package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An upgrade with nothing to do (every application start after the first) takes no lock, runs no
 * DDL and costs two queries whatever the number of applied revisions, yet still refuses a changed
 * file.
 */
class UpToDateTests {

	@TempDir
	Path dir;

	private void writeChain(int count) throws IOException {
		RevisionFiles.tableChain(this.dir, count);
	}

	private Retort retort(CountingDataSource counting) {
		return Retort.configure().dataSource(counting.dataSource()).locations("filesystem:" + this.dir).load();
	}

	/**
	 * Two reads; on MariaDB a third asks first whether Retort's tables exist, since its driver logs
	 * every server error and a first run must not print one (issue 14).
	 */
	private static int expectedQueries(TestDatabase db) {
		return (db.kind() == dev.retort.test.DatabaseKind.MARIADB) ? 3 : 2;
	}

	@DatabaseTest
	void noOpUpgradeCostsTwoQueriesWhateverTheHistorySize(TestDatabase db) throws IOException {
		CountingDataSource counting = new CountingDataSource(db.dataSource());
		writeChain(5);
		retort(counting).upgrade("heads");
		counting.reset();
		assertThat(retort(counting).upgrade("heads").steps()).isEmpty();
		assertThat(counting.executions()).isEqualTo(expectedQueries(db));
		writeChain(60);
		assertThat(retort(counting).upgrade("heads").steps()).hasSize(55);
		counting.reset();
		MigrationResult noOp = retort(counting).upgrade("heads");
		assertThat(noOp.steps()).isEmpty();
		assertThat(noOp.headsAfter()).containsExactly("r60");
		assertThat(counting.executions()).isEqualTo(expectedQueries(db));
	}

	@DatabaseTest
	void noOpUpgradeStillRefusesAChangedFile(TestDatabase db) throws IOException {
		CountingDataSource counting = new CountingDataSource(db.dataSource());
		writeChain(3);
		retort(counting).upgrade("heads");
		Path file = this.dir.resolve("r2_t.sql");
		Files.writeString(file, Files.readString(file).replace("(id INT)", "(id BIGINT)"));
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort(counting).upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH))
			.withMessageContaining("r2");
		Retort lenient = Retort.configure().dataSource(counting.dataSource()).locations("filesystem:" + this.dir)
			.validateChecksums(false).load();
		assertThat(lenient.upgrade("heads").steps()).isEmpty();
	}

}
