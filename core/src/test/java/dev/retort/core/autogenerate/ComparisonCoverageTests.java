package dev.retort.core.autogenerate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.api.Retort;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.script.RevisionFileWriter;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What autogenerate compares beyond tables, columns, indexes and keys (issue 15): column and table
 * comments, check constraints, primary-key changes, {@code ON DELETE}, sequence starts and increments.
 * Each is found in a live database, rendered, applied, and then no longer found; the downgrade
 * brings the differences back.
 */
class ComparisonCoverageTests {

	@TempDir
	Path folder;

	@DatabaseTest
	void commentsChecksPrimaryKeysOnDeleteAndSequencesAreComparedAndApplied(TestDatabase db) throws Exception {
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE cc_parent (id INTEGER NOT NULL PRIMARY KEY)");
			statement.execute("CREATE TABLE cc_child (a INTEGER NOT NULL, b INTEGER NOT NULL, parent_id INTEGER,"
					+ " note VARCHAR(20), CONSTRAINT cc_child_pkey PRIMARY KEY (a, b),"
					+ " CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES cc_parent (id),"
					+ " CONSTRAINT ck_child_a CHECK (a > 0))");
			statement.execute("CREATE SEQUENCE cc_seq START WITH 1 INCREMENT BY 1");
		}
		SchemaModel model = new SchemaModel(List.of(
				new TableModel("cc_parent", List.of(ColumnModel.of("id", "integer", false)), List.of("id"), List.of(),
						List.of(), List.of()),
				new TableModel("cc_child",
						List.of(ColumnModel.of("a", "integer", false), ColumnModel.of("b", "integer", false),
								ColumnModel.of("parent_id", "integer", true),
								new ColumnModel("note", "varchar(20)", true, Optional.empty(), false,
										Optional.of("Free text"))),
						List.of("b", "a"), List.of(), List.of(),
						List.of(new ForeignKeyModel("fk_child_parent", List.of("parent_id"), "cc_parent", List.of("id"),
								Optional.of("CASCADE"))),
						List.of(new CheckModel("ck_child_b", "b > 0")), Optional.of("Children"))),
				List.of(new SequenceModel("cc_seq", 1, 5)));
		SchemaDiff diff = compare(db, model);
		assertThat(diff.differences()).containsExactlyInAnyOrder("modify_sequence cc_seq increment 1 -> 5",
				"modify_comment cc_child.note (none) -> 'Free text'", "modify_table_comment cc_child (none) -> 'Children'",
				"modify_primary_key cc_child (a, b) -> (b, a)", "remove_constraint ck_child_a check on cc_child",
				"add_constraint ck_child_b check on cc_child (b > 0)",
				"remove_fk fk_child_parent on cc_child (parent_id) -> cc_parent (id)",
				"add_fk fk_child_parent on cc_child (parent_id) -> cc_parent (id)");
		assertThat(diff.detected()).contains("Detected column comment 'cc_child.note'",
				"Detected added check constraint 'ck_child_b' on 'cc_child'");
		RevisionHeader revision = new RevisionHeader("c1", List.of(), List.of(), List.of(), "coverage", "", "");
		Files.writeString(this.folder.resolve(RevisionFileWriter.fileName("c1", "coverage")),
				new RevisionFileWriter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).render(revision, diff.upgradeScript(),
						diff.downgradeScript()));
		Retort engine = Retort.configure().dataSource(db.dataSource()).locations("filesystem:" + this.folder).load();
		engine.upgrade("heads");
		assertThat(compare(db, model).differences()).isEmpty();
		engine.downgrade("base");
		assertThat(compare(db, model).differences()).containsExactlyInAnyOrderElementsOf(diff.differences());
	}

	/**
	 * A changed start is found and rendered as {@code START WITH}, which records the start and never
	 * moves the next value: no value already handed out comes again, and the upgrade says so.
	 */
	@DatabaseTest
	void sequenceStartsAreComparedAndNeverMoveTheNextValue(TestDatabase db) throws Exception {
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SEQUENCE cs_seq START WITH 1 INCREMENT BY 1");
			statement.execute("CREATE SEQUENCE cs_both START WITH 1 INCREMENT BY 1");
			for (int i = 0; i < 3; i++) {
				assertThat(next(db, "cs_seq")).isEqualTo(i + 1);
			}
		}
		// MariaDB's cache is compared too: Hibernate creates its sequences there with nocache
		boolean mariadb = db.kind() == DatabaseKind.MARIADB;
		SchemaModel model = new SchemaModel(List.of(), List.of(new SequenceModel("cs_seq", 100, 1),
				new SequenceModel("cs_both", 50, 10, mariadb ? OptionalLong.of(0) : OptionalLong.empty())));
		SchemaDiff diff = compare(db, model);
		List<String> expected = new ArrayList<>(List.of("modify_sequence cs_seq start 1 -> 100",
				"modify_sequence cs_both start 1 -> 50", "modify_sequence cs_both increment 1 -> 10"));
		if (mariadb) {
			expected.add("modify_sequence cs_both cache 1000 -> 0");
		}
		assertThat(diff.differences()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(diff.detected()).contains("Detected start change from 1 to 100 on sequence 'cs_seq'");
		assertThat(diff.upgradeStatements()).contains("ALTER SEQUENCE cs_seq START WITH 100",
				"ALTER SEQUENCE cs_both START WITH 50 INCREMENT BY 10" + (mariadb ? " NOCACHE" : ""));
		assertThat(diff.upgradeScript()).anySatisfy((statement) -> assertThat(statement)
			.startsWith("-- NOTE: sequence cs_seq start 1 -> 100 changes the recorded start only"));
		RevisionHeader revision = new RevisionHeader("s1", List.of(), List.of(), List.of(), "starts", "", "");
		Files.writeString(this.folder.resolve(RevisionFileWriter.fileName("s1", "starts")),
				new RevisionFileWriter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).render(revision, diff.upgradeScript(),
						diff.downgradeScript()));
		Retort engine = Retort.configure().dataSource(db.dataSource()).locations("filesystem:" + this.folder).load();
		engine.upgrade("heads");
		assertThat(compare(db, model).differences()).isEmpty();
		// not restarted at 100: the values 1 to 3 are never handed out again (MariaDB also drops its cache)
		long next = next(db, "cs_seq");
		assertThat(next).isGreaterThan(3).isNotEqualTo(100);
		if (db.kind() != DatabaseKind.MARIADB) {
			assertThat(next).isEqualTo(4);
		}
		engine.downgrade("base");
		assertThat(compare(db, model).differences()).containsExactlyInAnyOrderElementsOf(diff.differences());
	}

	private static long next(TestDatabase db, String sequence) throws Exception {
		String sql = (db.kind() == DatabaseKind.POSTGRESQL) ? "SELECT nextval('" + sequence + "')"
				: "SELECT NEXT VALUE FOR " + sequence;
		try (Connection connection = db.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static SchemaDiff compare(TestDatabase db, SchemaModel model) {
		return Retort.configure().dataSource(db.dataSource()).load()
			.compare((target) -> model, AutogenerateOptions.defaults());
	}

}
