package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.HistoryEntry;
import dev.retort.core.api.PartialRevision;
import dev.retort.core.api.RetortException;
import dev.retort.core.internal.db.Fixtures.MapCatalog;
import dev.retort.core.internal.db.MigrationContext.Command;
import dev.retort.core.script.Body;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static dev.retort.core.internal.db.Fixtures.insert;
import static dev.retort.core.internal.db.Fixtures.run;
import static dev.retort.core.internal.db.Fixtures.script;
import static dev.retort.core.internal.db.Fixtures.table;
import static dev.retort.core.internal.db.Fixtures.up;
import static dev.retort.core.internal.db.Fixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Where statements commit one by one, a process that dies part-way (kill -9, lost connection) must
 * still leave the revision visibly half-applied: the runner commits a "running" history row before
 * the first statement and advances it after each one.
 */
class CrashMarkerTests {

	private final Script a = table("a");

	/** What another session sees in the history table between the statements of a running revision. */
	private final List<List<String>> seenMidway = new ArrayList<>();

	private Script observed(TestDatabase db, boolean transactional) {
		Body body = (sink) -> {
			sink.execute("CREATE TABLE t_b (id INT)");
			this.seenMidway.add(history(db));
			sink.execute("CREATE TABLE t_b2 (id INT)");
		};
		return script("b", List.of("a"), "sha256:b", body, Optional.of(new SqlBody(List.of("DROP TABLE t_b"))),
				transactional);
	}

	private static List<String> history(TestDatabase db) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = db.connection();
				var statement = connection.createStatement();
				var result = statement.executeQuery(
						"SELECT revision, success, statements_committed, error FROM "
								+ ((db.kind() == DatabaseKind.H2) ? "\"retort_history\"" : "retort_history")
								+ " ORDER BY id")) {
			while (result.next()) {
				rows.add(result.getString(1) + "|" + result.getBoolean(2) + "|" + result.getInt(3) + "|"
						+ result.getString(4));
			}
		}
		return rows;
	}

	@DatabaseTest({ DatabaseKind.MARIADB, DatabaseKind.H2 })
	void aRunningRevisionIsMarkedThenTheMarkerBecomesItsHistoryRow(TestDatabase db) throws Exception {
		MigrationContext context = Fixtures.context(db);
		Script b = observed(db, true);
		MapCatalog catalog = new MapCatalog(this.a, b);
		run(context, catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")));
		run(context, catalog, Command.UPGRADE, up(b, List.of("a"), update("a", "b")));

		assertThat(this.seenMidway).singleElement().satisfies((rows) -> {
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1)).startsWith("b|false|1|running statement 2 when last recorded;");
		});
		List<HistoryEntry> history = context.history();
		assertThat(history).extracting(HistoryEntry::revision).containsExactly("a", "b");
		assertThat(history.get(1).success()).isTrue();
		assertThat(history(db).get(1)).startsWith("b|true|2|");
		assertThat(context.snapshot().partial()).isEmpty();
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void postgresqlKeepsOneTransactionAndWritesNoMarker(TestDatabase db) throws Exception {
		MigrationContext context = Fixtures.context(db);
		Script b = observed(db, true);
		MapCatalog catalog = new MapCatalog(this.a, b);
		run(context, catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")));
		run(context, catalog, Command.UPGRADE, up(b, List.of("a"), update("a", "b")));
		assertThat(this.seenMidway).singleElement().satisfies((rows) -> assertThat(rows).hasSize(1));
		assertThat(history(db)).hasSize(2).last().asString().startsWith("b|true|2|");
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aNonTransactionalRevisionOnPostgresqlIsMarkedToo(TestDatabase db) throws Exception {
		MigrationContext context = Fixtures.context(db);
		Script b = observed(db, false);
		MapCatalog catalog = new MapCatalog(this.a, b);
		run(context, catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")));
		run(context, catalog, Command.UPGRADE, up(b, List.of("a"), update("a", "b")));
		assertThat(this.seenMidway).singleElement()
			.satisfies((rows) -> assertThat(rows.get(1)).startsWith("b|false|1|running statement 2"));
		assertThat(history(db)).hasSize(2).last().asString().startsWith("b|true|2|");
	}

	@DatabaseTest({ DatabaseKind.MARIADB, DatabaseKind.H2 })
	void aConnectionLostPartWayLeavesTheRevisionReportedAsPartial(TestDatabase db) throws Exception {
		MigrationContext context = Fixtures.context(db);
		// the connection dies after statement 1, as it does when the process is killed: no catch block
		// gets to write anything
		Body dying = (sink) -> {
			sink.execute("CREATE TABLE t_b (id INT)");
			sink.connection().orElseThrow().close();
			sink.execute("CREATE TABLE t_b2 (id INT)");
		};
		Script b = script("b", List.of("a"), "sha256:b", dying, Optional.of(new SqlBody(List.of("DROP TABLE t_b"))),
				true);
		MapCatalog catalog = new MapCatalog(this.a, b);
		run(context, catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")));
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> run(context, catalog, Command.UPGRADE, up(b, List.of("a"), update("a", "b"))));

		assertThat(context.current()).containsExactly("a");
		PartialRevision partial = context.snapshot().partial().orElseThrow();
		assertThat(partial.revision()).isEqualTo("b");
		assertThat(partial.statementsCommitted()).isEqualTo(1);
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> run(context, catalog, Command.UPGRADE, up(b, List.of("a"), update("a", "b"))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PARTIAL_REVISION))
			.withMessageContaining("Revision b (db/revisions/b_make.sql) failed part-way during upgrade")
			.withMessageContaining("statement 1 of 0 was committed")
			.withMessageContaining("running statement 2 when last recorded")
			.withMessageContaining("`stamp a`");
	}

	@DatabaseTest({ DatabaseKind.MARIADB, DatabaseKind.H2 })
	void aFirstStatementThatFailsRemovesTheMarker(TestDatabase db) throws Exception {
		MigrationContext context = Fixtures.context(db);
		Script b = script("b", List.of("a"), List.of("INSERT INTO missing_table (id) VALUES (1)", "SELECT 1"),
				List.of("SELECT 1"));
		MapCatalog catalog = new MapCatalog(this.a, b);
		run(context, catalog, Command.UPGRADE, up(this.a, List.of(), insert("a")));
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> run(context, catalog, Command.UPGRADE, up(b, List.of("a"), update("a", "b"))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.REVISION_FAILED));
		assertThat(history(db)).hasSize(1);
		assertThat(context.snapshot().partial()).isEmpty();
	}

}
