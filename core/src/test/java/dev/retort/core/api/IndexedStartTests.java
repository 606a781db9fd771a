package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.script.RevisionIndex;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Starts from a revision index: the same two (MariaDB: three) queries as without one, revisions
 * that run read their files, and an applied revision edited after the index was written is still
 * refused.
 */
class IndexedStartTests {

	@TempDir
	Path dir;

	private void writeChain(int from, int to) throws IOException {
		RevisionFiles.chain(this.dir, from, to, (i) -> "CREATE TABLE t" + i + " (id INT);\nINSERT INTO t" + i + " VALUES (1);");
	}

	private Retort retort(CountingDataSource counting) {
		return Retort.configure().dataSource(counting.dataSource()).locations("filesystem:" + this.dir).load();
	}

	private void index() {
		RevisionIndex.write(List.of("filesystem:" + this.dir), this.dir);
	}

	@DatabaseTest
	void indexedRevisionsRunAndANoOpStartCostsTheSameQueries(TestDatabase db) throws IOException {
		CountingDataSource counting = new CountingDataSource(db.dataSource());
		writeChain(1, 3);
		index();
		MigrationResult first = retort(counting).upgrade("heads");
		assertThat(first.steps()).hasSize(3);
		counting.reset();
		assertThat(retort(counting).upgrade("heads").steps()).isEmpty();
		assertThat(counting.executions()).isEqualTo((db.kind() == dev.retort.test.DatabaseKind.MARIADB) ? 3 : 2);
		assertThat(retort(counting).validate().valid()).isTrue();
		assertThat(retort(counting).downgrade("r1").steps()).hasSize(2);
		assertThat(retort(counting).upgrade("heads").steps()).hasSize(2);
		// the recorded checksums are the files' own: a start without the index agrees
		Files.delete(this.dir.resolve(RevisionIndex.FILE_NAME));
		assertThat(retort(counting).validate().valid()).isTrue();
	}

	@DatabaseTest
	void appliedRevisionEditedAfterIndexingIsStillRefused(TestDatabase db) throws IOException {
		CountingDataSource counting = new CountingDataSource(db.dataSource());
		writeChain(1, 3);
		index();
		retort(counting).upgrade("heads");
		Path file = this.dir.resolve("r2_t.sql");
		// a real edit changes the size or the modification time: the index is stale and ignored
		Files.writeString(file, Files.readString(file).replace("(id INT)", "(id BIGINT)"));
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort(counting).upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH))
			.withMessageContaining("r2");
		// an edit that keeps size and modification time is invisible to a no-op start, but validate
		// reads every file and names it
		Files.writeString(file, Files.readString(file).replace("(id BIGINT)", "(id INT)"));
		index();
		FileTime modified = Files.getLastModifiedTime(file);
		Files.writeString(file, Files.readString(file).replace("VALUES (1)", "VALUES (2)"));
		Files.setLastModifiedTime(file, modified);
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort(counting).validate())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageContaining("r2_t.sql changed after the revision index was written");
		// and a pending revision edited that way never runs: it is read, and refused, before anything runs
		Files.writeString(file, Files.readString(file).replace("VALUES (2)", "VALUES (1)"));
		writeChain(4, 4);
		index();
		Path pending = this.dir.resolve("r4_t.sql");
		modified = Files.getLastModifiedTime(pending);
		Files.writeString(pending, Files.readString(pending).replace("VALUES (1)", "VALUES (2)"));
		Files.setLastModifiedTime(pending, modified);
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort(counting).upgrade("heads"))
			.withMessageContaining("r4_t.sql changed after the revision index was written");
		assertThat(retort(counting).current()).containsExactly("r3");
	}

}
