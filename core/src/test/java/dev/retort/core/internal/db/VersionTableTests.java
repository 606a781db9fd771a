package dev.retort.core.internal.db;

import java.util.List;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.HistoryEntry;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.RetortException;
import dev.retort.core.internal.db.Fixtures.MapCatalog;
import dev.retort.core.internal.db.MigrationContext.Command;
import dev.retort.core.script.Script;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static dev.retort.core.internal.db.Fixtures.delete;
import static dev.retort.core.internal.db.Fixtures.down;
import static dev.retort.core.internal.db.Fixtures.insert;
import static dev.retort.core.internal.db.Fixtures.run;
import static dev.retort.core.internal.db.Fixtures.stamp;
import static dev.retort.core.internal.db.Fixtures.table;
import static dev.retort.core.internal.db.Fixtures.up;
import static dev.retort.core.internal.db.Fixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VersionTableTests {

	private final Script a = table("a");

	private final Script b = table("b", "a");

	private final Script c1 = table("c1", "b");

	private final Script c2 = table("c2", "b");

	private final Script m = table("m", "c1", "c2");

	private final MapCatalog catalog = new MapCatalog(this.a, this.b, this.c1, this.c2, this.m);

	@DatabaseTest
	void linearStepsInsertThenUpdateOneRow(TestDatabase db) throws Exception {
		MigrationContext context = Fixtures.context(db);
		MigrationResult result = run(context, this.catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")),
				up(this.b, List.of("a"), update("a", "b")));
		assertThat(result.headsBefore()).isEmpty();
		assertThat(result.headsAfter()).containsExactly("b");
		assertThat(result.steps()).hasSize(2);
		assertThat(context.current()).containsExactly("b");
		assertThat(Fixtures.tableExists(db, "t_a")).isTrue();
		assertThat(Fixtures.tableExists(db, "t_b")).isTrue();
		List<HistoryEntry> history = context.history();
		assertThat(history).extracting(HistoryEntry::revision).containsExactly("a", "b");
		assertThat(history.get(1).downRevisions()).containsExactly("a");
		assertThat(history).allSatisfy((entry) -> {
			assertThat(entry.operation()).isEqualTo("upgrade");
			assertThat(entry.success()).isTrue();
			assertThat(entry.appliedBy()).isEqualTo("tester@test");
			assertThat(entry.checksum()).isEqualTo("sha256:" + entry.revision());
			assertThat(entry.startedAt()).isBetween(java.time.Instant.now().minusSeconds(60),
					java.time.Instant.now().plusSeconds(1));
		});
	}

	@DatabaseTest
	void branchInsertsMergeDeletesUnmergeInsertsAndBaseDeletes(TestDatabase db) {
		MigrationContext context = Fixtures.context(db);
		run(context, this.catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")),
				up(this.b, List.of("a"), update("a", "b")), up(this.c1, List.of("b"), update("b", "c1")),
				up(this.c2, List.of("b"), insert("c2")));
		assertThat(context.current()).containsExactlyInAnyOrder("c1", "c2");

		run(context, this.catalog, Command.UPGRADE, up(this.m, List.of("c1", "c2"), delete("c1"), update("c2", "m")));
		assertThat(context.current()).containsExactly("m");

		MigrationResult unmerge = run(context, this.catalog, Command.DOWNGRADE,
				down(this.m, List.of("c1", "c2"), update("m", "c2"), insert("c1")));
		assertThat(unmerge.headsAfter()).containsExactlyInAnyOrder("c1", "c2");
		assertThat(context.current()).containsExactlyInAnyOrder("c1", "c2");

		run(context, this.catalog, Command.DOWNGRADE, down(this.c1, List.of("b"), delete("c1")),
				down(this.c2, List.of("b"), update("c2", "b")), down(this.b, List.of("a"), update("b", "a")),
				down(this.a, List.of(), delete("a")));
		assertThat(context.current()).isEmpty();
		assertThat(context.history()).extracting(HistoryEntry::operation).endsWith("downgrade", "downgrade");
	}

	@DatabaseTest
	void stampMovesRowsWithoutRunningTheRevision(TestDatabase db) throws Exception {
		MigrationContext context = Fixtures.context(db);
		run(context, this.catalog, Command.STAMP, stamp(this.b, List.of(), insert("b")));
		assertThat(context.current()).containsExactly("b");
		assertThat(Fixtures.tableExists(db, "t_b")).isFalse();
		assertThat(context.history()).extracting(HistoryEntry::operation).containsExactly("stamp");
	}

	@DatabaseTest
	void aStepThatFindsNoRowToChangeNamesTableRevisionAndCount(TestDatabase db) {
		MigrationContext context = Fixtures.context(db);
		run(context, this.catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")));
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> run(context, this.catalog, Command.STAMP, stamp(this.b, List.of("x"), update("x", "b"))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.VERSION_TABLE_INCONSISTENT))
			.withMessageContaining("Online migration expected to match one row when updating 'x' to 'b' in"
					+ " 'retort_version'; 0 found")
			.withMessageContaining("stamp");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> run(context, this.catalog, Command.STAMP, stamp(this.b, List.of(), delete("b"))))
			.withMessageContaining("Online migration expected to match one row when deleting 'b' in"
					+ " 'retort_version'; 0 found");
		assertThat(context.current()).containsExactly("a");
	}

	@DatabaseTest
	void readersTakeNoLockAndCreateNothing(TestDatabase db) throws Exception {
		MigrationContext context = Fixtures.context(db);
		assertThat(context.current()).isEmpty();
		assertThat(context.snapshot().partial()).isEmpty();
		assertThat(context.history()).isEmpty();
		assertThat(context.validate(this.catalog).valid()).isTrue();
		assertThat(Fixtures.tables(db)).isEmpty();
	}

}
