package dev.retort.core.api.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.retort.core.api.Retort;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation, one revision each ({@code db.javarev.ops}): after each upgrade step the schema
 * shows the change through JDBC metadata, and after each downgrade step it equals, fact for fact,
 * the schema before that revision. Steps without a {@code downgrade} method rely on the derived
 * inverse.
 */
class OperationsTests {

	private static final List<String> REVISIONS = List.of("op01", "op02", "op03", "op04", "op05", "op06", "op07",
			"op08", "op09", "op10", "op11", "op12", "op13", "op14", "op15");

	@DatabaseTest
	void eachOperationUpgradesAndDowngradesToTheSameSchema(TestDatabase db) throws SQLException {
		Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:db/javarev/ops").load();
		Schema schema = Schema.of(db);
		List<List<String>> before = new ArrayList<>();
		for (String revision : REVISIONS) {
			before.add(schema.snapshot());
			retort.upgrade(revision);
			assertThat(retort.current()).containsExactly(revision);
			assertUpgraded(revision, db, schema);
		}
		for (int i = REVISIONS.size() - 1; i >= 0; i--) {
			retort.downgrade("-1");
			assertThat(schema.snapshot()).as("schema after downgrading %s", REVISIONS.get(i))
				.containsExactlyElementsOf(before.get(i));
		}
		assertThat(retort.current()).isEmpty();
		assertThat(schema.tables()).isEmpty();
	}

	private static void assertUpgraded(String revision, TestDatabase db, Schema schema) throws SQLException {
		DatabaseKind kind = db.kind();
		switch (revision) {
			case "op01" -> {
				assertThat(schema.columns("jr_users")).containsOnlyKeys("id", "name", "score");
				assertThat(schema.column("jr_users", "name")).hasValueSatisfying((column) -> assertThat(column)
					.containsAnyOf("type=varchar", "type=character varying")
					.contains("size=100", "nullable=NO")
					.contains("anon"));
				assertThat(schema.primaryKey("jr_users")).endsWith("[id]");
			}
			case "op02" -> assertThat(schema.column("jr_users", "email")).hasValueSatisfying(
					(column) -> assertThat(column).contains("size=255", "nullable=YES"));
			case "op03" -> assertThat(schema.indexes("jr_users")).contains("ix_jr_users_email unique [email]");
			case "op04" -> {
				assertThat(schema.column("jr_orders", "amount")).hasValueSatisfying(
						(column) -> assertThat(column).contains("size=10", "digits=2", "nullable=NO"));
				assertThat(typeOf(schema, "jr_orders", "token")).isEqualTo(switch (kind) {
					case H2, POSTGRESQL -> "uuid";
					case MARIADB -> "char";
				});
				assertThat(typeOf(schema, "jr_orders", "receipt")).isEqualTo(switch (kind) {
					case H2 -> "binary large object";
					case POSTGRESQL -> "bytea";
					case MARIADB -> "longblob";
				});
				assertThat(typeOf(schema, "jr_orders", "created_at")).isEqualTo(switch (kind) {
					case H2, POSTGRESQL -> "timestamp";
					case MARIADB -> "datetime";
				});
				assertThat(typeOf(schema, "jr_orders", "paid")).isIn("boolean", "bool", "tinyint");
				assertThat(schema.indexes("jr_orders")).contains("ix_jr_orders_user [user_id]");
			}
			case "op05" -> assertThat(schema.foreignKeys("jr_orders"))
				.containsExactly("fk_jr_orders_user user_id -> jr_users.id delete=0");
			case "op06" -> assertThat(schema.constraints("UNIQUE")).contains("jr_users.uq_jr_users_name_email");
			case "op07" -> assertThat(schema.constraints("CHECK")).contains("jr_orders.ck_jr_orders_amount");
			case "op08" -> assertThat(schema.primaryKey("jr_tags"))
				.isEqualTo((kind == DatabaseKind.MARIADB) ? "[code]" : "pk_jr_tags [code]");
			case "op09" -> assertThat(schema.sequenceExists("jr_seq")).isTrue();
			case "op10" -> assertThat(schema.tables()).contains("jr_labels").doesNotContain("jr_tags");
			case "op11" -> assertThat(schema.columns("jr_users")).containsKey("points").doesNotContainKey("score");
			case "op12" -> assertThat(schema.column("jr_users", "name")).hasValueSatisfying((column) -> assertThat(column)
				.as("the MariaDB MODIFY trap: NOT NULL and DEFAULT survive a type change")
				.contains("size=200", "nullable=NO", "anon"));
			case "op13" -> assertThat(schema.column("jr_users", "email")).hasValueSatisfying(
					(column) -> assertThat(column).contains("size=255", "nullable=NO", "none@example.com"));
			case "op14" -> assertThat(query(db, "SELECT name, points FROM jr_users ORDER BY id"))
				.containsExactly("ada 3", "o'hara 7");
			case "op15" -> {
				assertThat(schema.tables()).containsExactly("jr_orders", "jr_users");
				assertThat(schema.constraints("CHECK")).doesNotContain("jr_orders.ck_jr_orders_amount");
				assertThat(schema.constraints("UNIQUE")).doesNotContain("jr_users.uq_jr_users_name_email");
				assertThat(schema.foreignKeys("jr_orders")).isEmpty();
				assertThat(schema.indexes("jr_users")).doesNotContain("ix_jr_users_email unique [email]");
				assertThat(schema.sequenceExists("jr_seq")).isFalse();
				assertThat(schema.columns("jr_orders")).doesNotContainKey("receipt");
			}
			default -> throw new IllegalArgumentException(revision);
		}
	}

	private static String typeOf(Schema schema, String table, String column) throws SQLException {
		String description = schema.column(table, column).orElseThrow();
		return description.substring("type=".length(), description.indexOf(" size="));
	}

	static List<String> query(TestDatabase db, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = db.connection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append((i > 1) ? " " : "").append(result.getString(i));
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

}
