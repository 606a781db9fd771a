package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.graph.RevisionHeader;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rolling back a release: the database was upgraded by a newer build whose revision this build
 * does not have. The engine reports the unknown revision, an upgrade runs nothing and says why,
 * and a downgrade refuses with the way out (issue 17, item 3).
 */
class RollbackTests {

	@TempDir
	Path newer;

	@TempDir
	Path older;

	private void write(Path dir, String id, String parent) throws IOException {
		String down = parent.isEmpty() ? "" : "-- down_revision: " + parent + "\n";
		Files.writeString(dir.resolve(id + "_t.sql"), "-- revision: " + id + "\n" + down + "-- message: create " + id
				+ "\n\n-- migrate:upgrade\nCREATE TABLE " + id + " (id INT);\n\n-- migrate:downgrade\nDROP TABLE " + id
				+ ";\n");
	}

	private Retort retort(TestDatabase db, Path dir) {
		return Retort.configure().dataSource(db.dataSource()).locations("filesystem:" + dir).load();
	}

	@DatabaseTest
	void olderBuildSeesNewerRevisionAsUnknownAndUpgradesNothing(TestDatabase db) throws IOException {
		write(this.newer, "a1", "");
		write(this.newer, "b2", "a1");
		write(this.newer, "c3", "b2");
		write(this.older, "a1", "");
		write(this.older, "b2", "a1");
		retort(db, this.newer).upgrade("heads");
		Retort older = retort(db, this.older);
		Status status = older.status();
		assertThat(status.current()).containsExactly("c3");
		assertThat(status.unknown()).containsExactly("c3");
		assertThat(status.pending()).isEmpty();
		assertThat(status.upToDate()).isTrue();
		MigrationResult upgrade = older.upgrade("heads");
		assertThat(upgrade.steps()).isEmpty();
		assertThat(upgrade.unknownRevisions()).containsExactly("c3");
		assertThat(upgrade.headsAfter()).containsExactly("c3");
		assertThat(UnknownRevisions.describe(upgrade.unknownRevisions())).contains("revision c3")
			.contains("Nothing was upgraded");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> older.downgrade("-1"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.UNKNOWN_REVISION))
			.withMessageStartingWith("Can't locate revision identified by 'c3'")
			.withMessageContaining("Downgrade with the release that has it");
		assertThat(retort(db, this.newer).current()).containsExactly("c3");
	}

	@DatabaseTest
	void olderBuildWithAnUnappliedBranchStillSeesItPending(TestDatabase db) throws IOException {
		write(this.newer, "a1", "");
		write(this.newer, "c3", "a1");
		write(this.older, "a1", "");
		write(this.older, "d4", "a1");
		retort(db, this.newer).upgrade("heads");
		Status status = retort(db, this.older).status();
		assertThat(status.unknown()).containsExactly("c3");
		assertThat(status.pending()).extracting(RevisionHeader::id).containsExactly("d4");
	}

}
