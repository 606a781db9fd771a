package dev.retort.core.internal.migration;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnChange;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Index;
import dev.retort.core.api.migration.Operations;
import dev.retort.core.internal.db.Dialect;
import dev.retort.core.internal.db.DialectSink;
import dev.retort.core.internal.db.DowngradeExplanation;
import dev.retort.core.script.Body;
import dev.retort.core.script.Script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Derived downgrades without a database: the inverse operations, rendered for PostgreSQL into a
 * collecting sink, and the reasons a revision is irreversible.
 */
class JavaRevisionsTests {

	@Test
	void derivedDowngradeUndoesInReverseOrder() throws SQLException {
		Script script = JavaRevisions.script(Reversible.class, "test");
		assertThat(render(script.downgrade().orElseThrow())).containsExactly(
				"ALTER TABLE t ALTER COLUMN c TYPE VARCHAR(10) USING (c::TEXT)",
				"ALTER TABLE t RENAME COLUMN d TO b",
				"ALTER TABLE t RENAME TO t2",
				"ALTER TABLE t2 RENAME TO t",
				"DROP INDEX CONCURRENTLY ix_t_c",
				"ALTER TABLE t DROP COLUMN c",
				"DROP TABLE t");
	}

	@Test
	void jdbcMakesTheRevisionIrreversible() {
		assertIrreversible(UsesJdbc.class, "its upgrade calls jdbc(), which has no well-defined inverse");
	}

	@Test
	void executeMakesTheRevisionIrreversible() {
		assertIrreversible(Executes.class, "its upgrade calls execute(UPDATE t SET a = 1), which has no well-defined");
	}

	@Test
	void typeChangeWithoutExistingTypeIsIrreversible() {
		assertIrreversible(ChangesType.class, "alterColumn(t, c, type string(20))");
	}

	@Test
	void upgradeThatThrowsWhileRecordingIsIrreversibleWithTheReason() {
		assertIrreversible(Throws.class, "its upgrade threw java.lang.IllegalStateException: boom while Retort recorded it");
	}

	@Test
	void annotatedClassThatIsNoMigrationIsRejected() {
		assertThat(JavaRevisions.isCandidate(NotAMigration.class)).isTrue();
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> JavaRevisions.script(NotAMigration.class, "classpath:x"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageContaining(NotAMigration.class.getName() + " has @Revision but does not implement");
	}

	@Test
	void helpersAndAbstractBasesAreNoCandidates() {
		assertThat(JavaRevisions.isCandidate(Base.class)).isFalse();
		assertThat(JavaRevisions.isCandidate(String.class)).isFalse();
		assertThat(JavaRevisions.isCandidate(Reversible.class)).isTrue();
	}

	private static void assertIrreversible(Class<?> type, String reason) {
		Script script = JavaRevisions.script(type, "test");
		assertThat(script.downgrade()).isEmpty();
		assertThat(((DowngradeExplanation) script.upgrade()).irreversibleMessage())
			.startsWith("Revision " + script.id() + " (" + type.getName() + ") cannot be downgraded: ")
			.contains(reason)
			.endsWith("Override downgrade(Operations) in " + type.getName()
					+ ", or move the version table past it with `stamp`.");
	}

	private static List<String> render(Body body) throws SQLException {
		List<String> statements = new ArrayList<>();
		body.apply(DialectSink.collecting(Dialect.POSTGRESQL, statements));
		return statements;
	}

	@Revision(id = "r1", transactional = false)
	public static class Reversible implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t", Column.of("a", ColumnType.integer()), Column.of("b", ColumnType.integer()))
				.addColumn("t", Column.of("c", ColumnType.string(10)))
				.createIndex(Index.named("ix_t_c").on("t", "c").concurrently())
				.renameTable("t", "t2")
				.renameTable("t2", "t")
				.alterColumn("t", "b", ColumnChange.rename("d"))
				.alterColumn("t", "c", ColumnChange.type(ColumnType.string(20)).existingType(ColumnType.string(10)));
		}

	}

	@Revision(id = "r2")
	public static class UsesJdbc implements Migration {

		@Override
		public void upgrade(Operations op) throws SQLException {
			op.createTable("t", Column.of("a", ColumnType.integer()));
			op.jdbc().createStatement().execute("SELECT 1");
		}

	}

	@Revision(id = "r3")
	public static class Executes implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("UPDATE t SET a = 1");
		}

	}

	@Revision(id = "r4")
	public static class ChangesType implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("t", "c", ColumnChange.type(ColumnType.string(20)));
		}

	}

	@Revision(id = "r5")
	public static class Throws implements Migration {

		@Override
		public void upgrade(Operations op) {
			throw new IllegalStateException("boom");
		}

	}

	@Revision(id = "r6")
	public static class NotAMigration {

	}

	public abstract static class Base implements Migration {

	}

}
