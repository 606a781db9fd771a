package dev.retort.core.api.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.retort.core.api.Retort;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's "done when": one Java revision using every operation upgrades and downgrades
 * cleanly on every database, and renders offline as the SQL each database needs, which then runs.
 */
class EveryOperationTests {

	private static final String LOCATION = "classpath:db/javarev/every";

	@DatabaseTest
	void upgradesAndDowngradesCleanly(TestDatabase db) throws SQLException {
		Retort retort = Retort.configure().dataSource(db.dataSource()).locations(LOCATION).load();
		Schema schema = Schema.of(db);
		retort.upgrade("head");
		assertThat(schema.tables()).containsExactly("ev_labels", "ev_orders", "ev_users");
		assertThat(OperationsTests.query(db,
				"SELECT name, email, CASE WHEN active THEN 'active' ELSE 'inactive' END FROM ev_users ORDER BY id"))
			.containsExactly("ada ada@example.com active", "bob bob@example.com inactive");
		assertThat(schema.column("ev_users", "name")).hasValueSatisfying(
				(column) -> assertThat(column).contains("size=200", "nullable=NO", "anon"));
		assertThat(schema.columns("ev_orders")).containsKey("ref").doesNotContainKey("code");
		assertThat(schema.foreignKeys("ev_orders")).hasSize(1);
		retort.downgrade("base");
		assertThat(schema.tables()).isEmpty();
		assertThat(schema.sequenceExists("ev_seq")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql", "mariadb" })
	void rendersOfflineSqlForEachDialect(String dialect) throws IOException {
		Retort retort = Retort.configure().dialect(dialect).locations(LOCATION).load();
		String sql = retort.upgradeSql("every01");
		assertThat(sql).isEqualTo(expected("every-" + dialect + ".sql").replace("@VERSION@", version(sql))
			.replace("@CHECKSUM@", retort.script("every01").orElseThrow().checksum()));
	}

	@DatabaseTest
	void offlineSqlRunsOnItsDatabase(TestDatabase db) throws SQLException {
		String sql = Retort.configure().dialect(db.kind().name()).locations(LOCATION).load().upgradeSql("every01");
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			for (String line : sql.split(";\n")) {
				String text = line.lines().filter((part) -> !part.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
				if (!text.isEmpty()) {
					statement.execute(text);
				}
			}
		}
		Retort retort = Retort.configure().dataSource(db.dataSource()).locations(LOCATION).load();
		assertThat(retort.current()).containsExactly("every01");
		assertThat(Schema.of(db).tables()).containsExactly("ev_labels", "ev_orders", "ev_users");
		retort.downgrade("base");
		assertThat(Schema.of(db).tables()).isEmpty();
	}

	private static String version(String sql) {
		int start = sql.indexOf("TRUE, '") + "TRUE, '".length();
		return sql.substring(start, sql.indexOf('\'', start));
	}

	private static String expected(String name) throws IOException {
		try (InputStream in = EveryOperationTests.class.getResourceAsStream("/db/javarev-expected/" + name)) {
			return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
