package dev.retort.core.internal.db;

import java.util.List;
import java.util.Optional;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.HistoryEntry;
import dev.retort.core.api.PartialRevision;
import dev.retort.core.api.RetortException;
import dev.retort.core.internal.db.Fixtures.MapCatalog;
import dev.retort.core.internal.db.MigrationContext.Command;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static dev.retort.core.internal.db.Fixtures.insert;
import static dev.retort.core.internal.db.Fixtures.run;
import static dev.retort.core.internal.db.Fixtures.script;
import static dev.retort.core.internal.db.Fixtures.stamp;
import static dev.retort.core.internal.db.Fixtures.table;
import static dev.retort.core.internal.db.Fixtures.up;
import static dev.retort.core.internal.db.Fixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FailureTests {

	private final Script a = table("a");

	/** Its second statement fails: the table it inserts into does not exist. */
	private final Script broken = script("b", List.of("a"),
			List.of("CREATE TABLE t_b (id INT)", "INSERT INTO missing_table (id) VALUES (1)", "CREATE TABLE t_b2 (id INT)"),
			List.of("DROP TABLE t_b"));

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aFailingStatementOnPostgresqlLeavesSchemaVersionAndHistoryAsBefore(TestDatabase db) throws Exception {
		MigrationContext context = Fixtures.context(db);
		MapCatalog catalog = new MapCatalog(this.a, this.broken);
		run(context, catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")));
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> run(context, catalog, Command.UPGRADE, up(this.broken, List.of("a"), update("a", "b"))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.REVISION_FAILED))
			.withMessageContaining("Revision b (db/revisions/b_make.sql)")
			.withMessageContaining("at statement 2 of 3 (INSERT INTO missing_table (id) VALUES (1))")
			.withMessageContaining("relation \"missing_table\" does not exist")
			.withMessageContaining("rolled back");
		assertThat(Fixtures.tableExists(db, "t_b")).isFalse();
		assertThat(context.current()).containsExactly("a");
		assertThat(context.history()).extracting(HistoryEntry::revision).containsExactly("a");
		assertThat(context.snapshot().partial()).isEmpty();
	}

	@DatabaseTest({ DatabaseKind.MARIADB, DatabaseKind.H2 })
	void aFailingSecondStatementWithoutTransactionalDdlIsReportedRecordedAndBlocksUpgrades(TestDatabase db)
			throws Exception {
		MigrationContext context = Fixtures.context(db);
		MapCatalog catalog = new MapCatalog(this.a, this.broken);
		run(context, catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")));
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> run(context, catalog, Command.UPGRADE, up(this.broken, List.of("a"), update("a", "b"))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PARTIAL_REVISION))
			.withMessageContaining("Revision b (db/revisions/b_make.sql) failed at statement 2 of 3")
			.withMessageContaining("Statement 1 of 3 was committed and stays in the schema:\n  1: CREATE TABLE t_b (id INT)")
			.withMessageContaining("fix the schema by hand and run `stamp b`")
			.withMessageContaining("or `stamp a`")
			.withMessageContaining("make the revision idempotent and run `upgrade` again");
		assertThat(Fixtures.tableExists(db, "t_b")).isTrue();
		assertThat(context.current()).containsExactly("a");
		HistoryEntry failed = context.history().get(1);
		assertThat(failed.revision()).isEqualTo("b");
		assertThat(failed.success()).isFalse();
		PartialRevision partial = context.snapshot().partial().orElseThrow();
		assertThat(partial.statementsCommitted()).isEqualTo(1);
		assertThat(partial.statementsTotal()).isEqualTo(3);
		assertThat(partial.checksum()).isEqualTo("sha256:b");

		// the same file again is refused before anything runs
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> run(context, catalog, Command.UPGRADE, up(this.broken, List.of("a"), update("a", "b"))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PARTIAL_REVISION))
			.withMessageContaining("Revision b (db/revisions/b_make.sql) failed part-way during upgrade")
			.withMessageContaining("statement 1 of 3 was committed")
			.withMessageContaining("`upgrade` refuses to run");

		// an edited, idempotent file is allowed to retry, and its success resolves the failure
		Script fixed = script("b", List.of("a"), "sha256:b-fixed",
				new SqlBody(List.of("CREATE TABLE IF NOT EXISTS t_b (id INT)", "CREATE TABLE t_b2 (id INT)")),
				Optional.empty(), true);
		run(context, new MapCatalog(this.a, fixed), Command.UPGRADE, up(fixed, List.of("a"), update("a", "b")));
		assertThat(context.current()).containsExactly("b");
		assertThat(context.snapshot().partial()).isEmpty();
		assertThat(Fixtures.tableExists(db, "t_b2")).isTrue();
	}

	@DatabaseTest({ DatabaseKind.MARIADB, DatabaseKind.H2 })
	void aStampResolvesAPartialRevision(TestDatabase db) {
		MigrationContext context = Fixtures.context(db);
		MapCatalog catalog = new MapCatalog(this.a, this.broken);
		run(context, catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")));
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> run(context, catalog, Command.UPGRADE, up(this.broken, List.of("a"), update("a", "b"))));
		run(context, catalog, Command.STAMP, stamp(this.broken, List.of("a"), update("a", "b")));
		assertThat(context.current()).containsExactly("b");
		assertThat(context.snapshot().partial()).isEmpty();
	}

	@DatabaseTest({ DatabaseKind.MARIADB, DatabaseKind.H2 })
	void aStampThatMovesNothingStillResolvesAPartialRevision(TestDatabase db) {
		MigrationContext context = Fixtures.context(db);
		MapCatalog catalog = new MapCatalog(this.a, this.broken);
		run(context, catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")));
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> run(context, catalog, Command.UPGRADE, up(this.broken, List.of("a"), update("a", "b"))));
		run(context, catalog, Command.STAMP);
		assertThat(context.current()).containsExactly("a");
		assertThat(context.snapshot().partial()).isEmpty();
	}

	@DatabaseTest({ DatabaseKind.MARIADB, DatabaseKind.H2 })
	void aFailingFirstStatementCommittedNothingAndIsACleanFailure(TestDatabase db) {
		MigrationContext context = Fixtures.context(db);
		Script first = script("b", List.of("a"), List.of("INSERT INTO missing_table (id) VALUES (1)"), List.of());
		MapCatalog catalog = new MapCatalog(this.a, first);
		run(context, catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")));
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> run(context, catalog, Command.UPGRADE, up(first, List.of("a"), update("a", "b"))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.REVISION_FAILED))
			.withMessageContaining("at statement 1 of 1")
			.withMessageContaining("missing_table")
			.withMessageContaining("Nothing of it was committed");
		assertThat(context.history()).hasSize(1);
		assertThat(context.snapshot().partial()).isEmpty();
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aNonTransactionalRevisionRunsOutsideATransaction(TestDatabase db) throws Exception {
		MigrationContext context = Fixtures.context(db);
		Script concurrently = script("b", List.of("a"), "sha256:b",
				new SqlBody(List.of("CREATE INDEX CONCURRENTLY ix_a ON t_a (id)")), Optional.empty(), false);
		MapCatalog catalog = new MapCatalog(this.a, concurrently);
		run(context, catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")),
				up(concurrently, List.of("a"), update("a", "b")));
		assertThat(context.current()).containsExactly("b");
	}

}
