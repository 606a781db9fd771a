package dev.retort.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table and schema names go into SQL text: anything but a plain identifier is refused when the
 * configuration is read, before a connection is opened; plain names, reserved words and mixed case
 * included, are quoted and work. (A blank value counts as "not set", as everywhere in the CLI's
 * settings, and falls back to the default name.)
 */
class IdentifierTests {

	static final String[] HOSTILE = { "x; DROP TABLE users", "users\"--", "x' OR '1'='1", "a b", "x.y", "`x`",
			"\"quoted\"", "x".repeat(64), "t\u00e9st", "x\u0000y", "x\ny", "retort_version;", "x--y", "-- comment" };

	@TempDir
	Path project;

	@ParameterizedTest
	@ValueSource(strings = { "--version-table", "--history-table", "--schema" })
	void hostileNamesAreRefusedAtConfigurationTime(String option) throws Exception {
		try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
			try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE users (id INT)");
			}
			Path folder = this.project.resolve("revisions");
			RevisionFiles.chain(folder, 2, (i) -> "CREATE TABLE t" + i + " (id INT);");
			DatabaseState before = DatabaseState.of(db);
			for (String name : HOSTILE) {
				for (String command : new String[] { "upgrade", "current", "heads" }) {
					List<String> args = new ArrayList<>(List.of("--url", db.jdbcUrl(), "--user", "sa", "--locations",
							"filesystem:" + folder, option + "=" + name, command));
					if (command.equals("upgrade")) {
						args.add("heads");
					}
					RetortJar.Result result = InProcess.run(this.project, args.toArray(String[]::new));
					assertThat(result.status()).as(option + " " + name + " " + command).isEqualTo(1);
					assertThat(result.err()).as(option + " " + name + " " + command).startsWith("FAILED: Invalid ")
						.contains(option, "use letters, digits and '_' only")
						.doesNotContain("\tat ", "Running");
					assertThat(result.err().strip().lines()).hasSizeBetween(1, name.contains("\n") ? 2 : 1);
				}
			}
			assertThat(DatabaseState.of(db)).isEqualTo(before);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "version-table", "history-table", "schema" })
	void hostileNamesFromAConfigFileAreRefusedToo(String key) throws Exception {
		Files.writeString(this.project.resolve("retort.properties"), "migrate.url=jdbc:h2:mem:ids\nmigrate." + key
				+ "=x; DROP TABLE users\n");
		RetortJar.Result result = InProcess.run(this.project, Map.of(), "current");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err()).startsWith("FAILED: Invalid ").contains("'x; DROP TABLE users'", "migrate." + key);
	}

	@DatabaseTest
	void reservedWordsAndMixedCaseAreQuotedAndWork(TestDatabase db) throws Exception {
		String schema = switch (db.kind()) {
			case H2, POSTGRESQL -> "Audit";
			case MARIADB -> db.schema() + "_Audit";
		};
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			statement.execute(switch (db.kind()) {
				case H2, POSTGRESQL -> "CREATE SCHEMA \"Audit\"";
				case MARIADB -> "CREATE DATABASE `" + schema + "`";
			});
		}
		try {
			Path folder = this.project.resolve("revisions");
			RevisionFiles.chain(folder, 3, (i) -> "CREATE TABLE t" + i + " (id INT);");
			List<String> base = new ArrayList<>(List.of("--url", db.jdbcUrl(), "--user", db.user()));
			if (!db.password().isEmpty()) {
				base.addAll(List.of("--password", db.password()));
			}
			base.addAll(List.of("--locations", "filesystem:" + folder, "--version-table", "Order", "--history-table",
					"select", "--schema", schema));
			RetortJar.Result upgrade = InProcess.run(this.project, args(base, "upgrade", "heads"));
			assertThat(upgrade.status()).as(upgrade.err()).isZero();
			RetortJar.Result current = InProcess.run(this.project, args(base, "current"));
			assertThat(current.out()).isEqualTo(RevisionFiles.id(3) + " (head)\n");
			RetortJar.Result downgrade = InProcess.run(this.project, args(base, "downgrade", "-1"));
			assertThat(downgrade.status()).as(downgrade.err()).isZero();
			try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
				String q = (db.kind() == DatabaseKind.MARIADB) ? "`" : "\"";
				assertThat(DatabaseState.query(connection, "SELECT version_num FROM " + q + schema + q + "." + q + "Order" + q))
					.containsExactly(RevisionFiles.id(2));
				assertThat(DatabaseState.query(connection,
						"SELECT operation FROM " + q + schema + q + "." + q + "select" + q + " ORDER BY id"))
					.containsExactly("upgrade", "upgrade", "upgrade", "downgrade");
			}
		}
		finally {
			if (db.kind() == DatabaseKind.MARIADB) {
				try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
					statement.execute("DROP DATABASE `" + schema + "`");
				}
			}
		}
	}

	private static String[] args(List<String> base, String... command) {
		List<String> args = new ArrayList<>(base);
		args.addAll(List.of(command));
		return args.toArray(String[]::new);
	}

}
