package dev.retort.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays a session of {@code upgrade}, {@code downgrade}, {@code stamp} and {@code current} that
 * real Alembic ran on SQLite ({@code tools/alembic-oracle/cli_fixtures.py ... session}), on H2,
 * PostgreSQL and MariaDB: the same revisions run in the same order, the same version rows remain,
 * and where Alembic failed Retort fails with the same message and changes nothing.
 */
class AlembicSessionTests {

	@TempDir
	Path project;

	@DatabaseTest
	void replaysAlembicSession(TestDatabase database) throws Exception {
		CliRun.projectWith(this.project, "alembic-cli/revisions");
		List<Entry> session = Entry.parse(Files.readString(Path.of("src/test/resources/alembic-cli/session.json")));
		assertThat(session).hasSizeGreaterThan(10);
		for (Entry entry : session) {
			List<String> args = new ArrayList<>(List.of("--url", database.jdbcUrl(), "--user", database.user()));
			if (!database.password().isEmpty()) {
				args.addAll(List.of("--password", database.password()));
			}
			args.addAll(entry.args());
			CliRun run = CliRun.inProcess(this.project, args.toArray(String[]::new));
			String step = String.join(" ", entry.args());
			if (entry.error() != null) {
				assertThat(run.status()).as(step).isEqualTo(1);
				assertThat(run.err()).as(step).isEqualTo("FAILED: " + entry.error() + "\n");
			}
			else {
				assertThat(run.status()).as(step + ": " + run.err()).isZero();
				List<String> running = run.err().lines().filter((line) -> line.startsWith("Running ")).toList();
				assertThat(normalizeStamps(running)).as(step).isEqualTo(normalizeStamps(entry.log()));
				assertThat(run.out().lines().sorted().toList()).as(step)
					.isEqualTo(entry.stdout().lines().sorted().toList());
			}
			assertThat(versionRows(database)).as(step).isEqualTo(entry.versions());
		}
	}

	/** A stamp lists the rows it replaces in the order the database returned them; compare them sorted. */
	private static List<String> normalizeStamps(List<String> lines) {
		return lines.stream().map((line) -> {
			if (!line.startsWith("Running stamp_revision ")) {
				return line;
			}
			String[] parts = line.substring("Running stamp_revision ".length()).split(" -> ", 2);
			String[] from = parts[0].split(", ");
			Arrays.sort(from);
			return "Running stamp_revision " + String.join(", ", from) + " -> " + parts[1];
		}).toList();
	}

	private static List<String> versionRows(TestDatabase database) throws SQLException {
		List<String> rows = new ArrayList<>();
		String table = (database.kind() == DatabaseKind.H2) ? "\"retort_version\"" : "retort_version";
		try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
			try (ResultSet result = statement.executeQuery("SELECT version_num FROM " + table)) {
				while (result.next()) {
					rows.add(result.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			if (rows.isEmpty() && tableMissing(ex)) {
				return rows;
			}
			throw ex;
		}
		rows.sort(null);
		return rows;
	}

	private static boolean tableMissing(SQLException ex) {
		String state = String.valueOf(ex.getSQLState());
		return state.equals("42P01") || state.equals("42S02") || state.startsWith("42S");
	}

	/** One command of the session; a hand-rolled reader keeps the test free of a JSON library. */
	record Entry(List<String> args, List<String> log, String stdout, List<String> versions, String error) {

		private static final Pattern OBJECT = Pattern.compile("\\{(.*?)\"error\": (null|\"(?:[^\"\\\\]|\\\\.)*\")\\s*}",
				Pattern.DOTALL);

		static List<Entry> parse(String json) {
			List<Entry> entries = new ArrayList<>();
			Matcher matcher = OBJECT.matcher(json);
			while (matcher.find()) {
				String body = matcher.group(1);
				String error = matcher.group(2).equals("null") ? null : unquote(matcher.group(2));
				entries.add(new Entry(array(body, "args"), array(body, "log"), unquote(field(body, "stdout")),
						array(body, "versions"), error));
			}
			return entries;
		}

		private static String field(String body, String name) {
			Matcher matcher = Pattern.compile("\"" + name + "\": (\"(?:[^\"\\\\]|\\\\.)*\")").matcher(body);
			return matcher.find() ? matcher.group(1) : "\"\"";
		}

		private static List<String> array(String body, String name) {
			Matcher matcher = Pattern.compile("\"" + name + "\": \\[(.*?)]", Pattern.DOTALL).matcher(body);
			if (!matcher.find() || matcher.group(1).isBlank()) {
				return List.of();
			}
			Matcher items = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"").matcher(matcher.group(1));
			List<String> values = new ArrayList<>();
			while (items.find()) {
				values.add(unquote(items.group()));
			}
			return values;
		}

		private static String unquote(String quoted) {
			String inner = quoted.substring(1, quoted.length() - 1);
			return inner.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
		}

		@Override
		public String toString() {
			return Arrays.toString(this.args.toArray());
		}

	}

}
