package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares {@code --tag}, {@code stamp --sql}, offline starting points and both transaction modes
 * with what real Alembic 1.8 did ({@code tools/alembic-oracle/knobs.py}, issue 22).
 *
 * <p>Offline: Alembic's {@code --sql} output for PostgreSQL (version table named
 * {@code retort_version}) and Retort's are reduced to the transaction and version-table
 * statements in order; Retort's own history rows and its {@code CREATE TABLE} text are left out,
 * and Retort writes {@code -- Running} just before {@code BEGIN;} where Alembic writes it just
 * after. Where Alembic failed, Retort fails with the same message.
 *
 * <p>Online: a chain whose third revision fails ran against PostgreSQL with
 * {@code transaction_per_migration} true and false; Retort replays it with
 * {@code --transaction-per-migration} and must leave the same version rows and tables. On H2 and
 * MariaDB, whose DDL commits implicitly, both modes must leave what Alembic's per-migration mode
 * left. Where Alembic's {@code env.py} received a tag, Retort's history rows of that command carry it.
 */
class AlembicKnobsTests {

	private static final Path FIXTURE = Path.of("src/test/resources/alembic-knobs");

	private static final Pattern VERSION_SQL = Pattern.compile(
			"(INSERT INTO \\S*retort_version\\S* \\(version_num\\) VALUES \\('(\\w+)'\\).*"
					+ "|UPDATE \\S*retort_version\\S* SET version_num ?= ?'(\\w+)' WHERE \\S*version_num = '(\\w+)'.*"
					+ "|DELETE FROM \\S*retort_version\\S* WHERE \\S*version_num = '(\\w+)'.*"
					+ "|DROP TABLE \\S*retort_version\\S*;)");

	private static final Pattern RUNNING = Pattern
		.compile("\\w+ (?:[0-9a-f]{12}(?:, [0-9a-f]{12})*)? ->(?: [0-9a-f]{12}(?:, [0-9a-f]{12})*)?");

	@TempDir
	Path project;

	static Stream<String> offlineCases() throws IOException {
		try (Stream<Path> files = Files.list(FIXTURE.resolve("offline"))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".args"))
				.map((name) -> name.substring(0, name.length() - ".args".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("offlineCases")
	void offlineScriptsMatchAlembic(String name) throws IOException {
		CliRun.projectWith(this.project, "alembic-cli/revisions");
		List<String> args = new ArrayList<>(List.of("--dialect", "postgresql"));
		List<String> command = new ArrayList<>();
		for (String line : Files.readAllLines(FIXTURE.resolve("offline/" + name + ".args"))) {
			if (line.startsWith("--transaction-per-migration")) {
				args.add(line);
			}
			else if (!line.isEmpty()) {
				command.add(line);
			}
		}
		args.addAll(command);
		CliRun run = CliRun.inProcess(this.project, args.toArray(String[]::new));
		String expected = Files.readString(FIXTURE.resolve("offline/" + name + ".txt"));
		if (expected.startsWith("FAILED: ")) {
			assertThat(run.err()).isEqualTo(expected);
			assertThat(run.status()).isEqualTo(1);
			return;
		}
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(skeleton(run.out())).isEqualTo(skeleton(expected)).isNotEmpty();
		if (command.contains("--tag")) {
			assertThat(run.out()).contains(", tag) VALUES (").contains("'release-1')");
		}
	}

	/** Transactions, step markers and version-table changes, in order. */
	static List<String> skeleton(String script) {
		List<String> tokens = new ArrayList<>();
		for (String raw : script.split("\n")) {
			String line = raw.strip();
			Matcher version = VERSION_SQL.matcher(line);
			if (line.equals("BEGIN;") && !tokens.isEmpty() && tokens.get(tokens.size() - 1).startsWith("running ")) {
				tokens.add(tokens.size() - 1, "BEGIN");
			}
			else if (line.equals("BEGIN;") || line.equals("COMMIT;")) {
				tokens.add(line.substring(0, line.length() - 1));
			}
			else if (line.startsWith("-- Running ")) {
				// Alembic's offline comment is the step's short log, without the message Retort adds
				Matcher step = RUNNING.matcher(line.substring("-- Running ".length()));
				tokens.add("running " + (step.lookingAt() ? step.group().strip() : line));
			}
			else if (version.matches()) {
				tokens.add(line.startsWith("INSERT") ? "insert " + version.group(2)
						: line.startsWith("UPDATE") ? "update " + version.group(4) + " -> " + version.group(3)
								: line.startsWith("DELETE") ? "delete " + version.group(5) : "drop");
			}
		}
		return tokens;
	}

	@DatabaseTest
	void tagsAndTransactionModesLeaveWhatAlembicLeft(TestDatabase database) throws Exception {
		CliRun.projectWith(this.project, "alembic-knobs/tx-revisions");
		List<Entry> entries = Entry.parse(Files.readString(FIXTURE.resolve("online.json")));
		assertThat(entries).hasSize(10);
		boolean transactionalDdl = database.kind() == DatabaseKind.POSTGRESQL;
		int perMigrationRuns = (int) entries.stream().filter(Entry::transactionPerMigration).count();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			if (i == perMigrationRuns) {
				drop(database);
			}
			// without transactional DDL, Retort's false mode (like Alembic's) leaves what per-migration leaves
			Entry expected = (transactionalDdl || entry.transactionPerMigration()) ? entry
					: entries.get(i - perMigrationRuns);
			long lastRow = lastHistoryId(database);
			List<String> args = new ArrayList<>(List.of("--url", database.jdbcUrl(), "--user", database.user(),
					"--transaction-per-migration=" + entry.transactionPerMigration()));
			if (!database.password().isEmpty()) {
				args.addAll(List.of("--password", database.password()));
			}
			args.addAll(entry.args());
			CliRun run = CliRun.inProcess(this.project, args.toArray(String[]::new));
			String step = entry.transactionPerMigration() + " " + String.join(" ", entry.args());
			assertThat(run.status() != 0).as(step + ": " + run.err()).isEqualTo(expected.failed());
			assertThat(versionRows(database)).as(step).isEqualTo(expected.versions());
			assertThat(tables(database)).as(step).isEqualTo(expected.tables());
			List<String> tags = tagsAfter(database, lastRow);
			if (entry.tag() != null && !tags.isEmpty()) {
				assertThat(tags).as(step).allMatch(entry.tag()::equals);
			}
			if (entry.tag() == null) {
				assertThat(tags).as(step).allMatch((tag) -> tag == null);
			}
			if (!entry.transactionPerMigration() && !transactionalDdl && run.err().contains("Running upgrade")) {
				assertThat(run.err()).as(step).contains("NOTE: transaction-per-migration=false asks for one"
						+ " transaction for the whole run, but " + database.kind().name().toLowerCase(java.util.Locale.ROOT)
						+ " commits every DDL statement implicitly");
			}
		}
		// the first command's tag reached history in the per-migration run: its first revision stayed
		assertThat(entries.get(0).tag()).isEqualTo("release-1");
	}

	private static String table(TestDatabase database, String name) {
		return (database.kind() == DatabaseKind.H2) ? "\"" + name + "\"" : name;
	}

	private static void drop(TestDatabase database) throws SQLException {
		try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
			for (String name : List.of("tx_a", "tx_b")) {
				statement.execute("DROP TABLE IF EXISTS " + name);
			}
			statement.execute("DROP TABLE IF EXISTS " + table(database, "retort_version"));
			statement.execute("DROP TABLE IF EXISTS " + table(database, "retort_history"));
		}
	}

	private static List<String> versionRows(TestDatabase database) throws SQLException {
		return strings(database, "SELECT version_num FROM " + table(database, "retort_version") + " ORDER BY version_num");
	}

	private static long lastHistoryId(TestDatabase database) throws SQLException {
		List<String> ids = strings(database, "SELECT MAX(id) FROM " + table(database, "retort_history"));
		return (ids.isEmpty() || ids.get(0) == null) ? 0 : Long.parseLong(ids.get(0));
	}

	private static List<String> tagsAfter(TestDatabase database, long id) throws SQLException {
		return strings(database, "SELECT tag FROM " + table(database, "retort_history") + " WHERE id > " + id);
	}

	private static List<String> tables(TestDatabase database) throws SQLException {
		List<String> names = new ArrayList<>();
		for (String name : List.of("tx_a", "tx_b")) {
			try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
				statement.executeQuery("SELECT COUNT(*) FROM " + name).close();
				names.add(name);
			}
			catch (SQLException ex) {
				// not there
			}
		}
		return names;
	}

	/** The rows of a one-column query; none when the table does not exist. */
	private static List<String> strings(TestDatabase database, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = database.connection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		catch (SQLException ex) {
			String state = String.valueOf(ex.getSQLState());
			if (!state.equals("42P01") && !state.startsWith("42S") && !state.equals("42102")) {
				throw ex;
			}
		}
		return rows;
	}

	/** One command of {@code online.json}, one object per line. */
	record Entry(boolean transactionPerMigration, List<String> args, boolean failed, List<String> versions,
			List<String> tables, String tag) {

		static List<Entry> parse(String json) {
			List<Entry> entries = new ArrayList<>();
			for (String line : json.split("\n")) {
				if (!line.startsWith("{")) {
					continue;
				}
				Matcher tag = Pattern.compile("\"tag\": (null|\"([^\"]*)\")").matcher(line);
				tag.find();
				entries.add(new Entry(line.contains("\"transactionPerMigration\": true"), array(line, "args"),
						line.contains("\"failed\": true"), array(line, "versions"), array(line, "tables"), tag.group(2)));
			}
			return entries;
		}

		private static List<String> array(String line, String name) {
			Matcher matcher = Pattern.compile("\"" + name + "\": \\[([^]]*)]").matcher(line);
			List<String> values = new ArrayList<>();
			if (matcher.find()) {
				Matcher items = Pattern.compile("\"([^\"]*)\"").matcher(matcher.group(1));
				while (items.find()) {
					values.add(items.group(1));
				}
			}
			return values;
		}

	}

}
