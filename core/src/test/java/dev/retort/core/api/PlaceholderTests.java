package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code -x key=value} and {@code migrate.placeholders.*} (issue 22, item 1): {@code ${x.key}} and
 * {@code ${name}} in SQL files with {@code -- placeholders: true}, files without the header left
 * alone, checksums taken as written, {@code op.xArguments()} in Java revisions.
 */
class PlaceholderTests {

	@TempDir
	Path dir;

	private void write(String id, String parents, String header, String upgrade, String downgrade)
			throws IOException {
		RevisionFiles.write(this.dir, id, parents, header, upgrade, downgrade);
	}

	private Retort retort(TestDatabase db, Map<String, String> placeholders, Map<String, String> x) {
		return Retort.configure()
			.dataSource(db.dataSource())
			.locations("filesystem:" + this.dir)
			.placeholders(placeholders)
			.xArguments(x)
			.load();
	}

	@DatabaseTest
	void optedInFilesTakeTheValuesAndOtherFilesAreNeverTouched(TestDatabase db) throws Exception {
		write("aaaa", "", "-- placeholders: true", "CREATE TABLE ${x.prefix}_items (id INT, note VARCHAR(40));\n"
				+ "INSERT INTO ${x.prefix}_items (id, note) VALUES (1, '${owner} $${kept}');",
				"DROP TABLE ${x.prefix}_items;");
		write("bbbb", "aaaa", "", "INSERT INTO ph_items (id, note) VALUES (2, '${not.a.placeholder}');",
				"DELETE FROM ph_items WHERE id = 2;");
		Retort retort = retort(db, Map.of("owner", "ops"), Map.of("prefix", "ph"));
		retort.upgrade("heads");
		assertThat(notes(db)).containsExactly("ops ${kept}", "${not.a.placeholder}");
		String checksum = retort.script("aaaa").orElseThrow().checksum();
		// other values, same file: the checksum is the file's as written, so validation passes
		Retort other = retort(db, Map.of("owner", "someone else"), Map.of("prefix", "zz"));
		assertThat(other.script("aaaa").orElseThrow().checksum()).isEqualTo(checksum);
		assertThat(other.validate().mismatches()).isEmpty();
		retort.downgrade("base");
		assertThat(RetortEngineTests.tableExists(db, "ph_items")).isFalse();
	}

	@DatabaseTest
	void aPlaceholderWithoutValueNamesFileAndLineBeforeAnyRevisionOfTheRunRuns(TestDatabase db) throws Exception {
		write("aaaa", "", "", "CREATE TABLE ph_first (id INT);", "DROP TABLE ph_first;");
		write("bbbb", "aaaa", "-- placeholders: true", "CREATE TABLE ph_second (id INT);\n\nINSERT INTO ph_second"
				+ " VALUES (${x.count});", "DROP TABLE ph_second;");
		Retort retort = retort(db, Map.of(), Map.of());
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("heads"))
			.withMessageContaining(this.dir.resolve("bbbb_r.sql").toString())
			.withMessageContaining("line 7:")
			.withMessageContaining("no value for placeholder '${x.count}'")
			.withMessageContaining("pass -x count=<value>");
		assertThat(RetortEngineTests.tableExists(db, "ph_first")).isFalse();
		assertThat(retort.current()).isEmpty();
	}

	@Test
	void offlineScriptsTakeTheValuesToo() throws Exception {
		write("aaaa", "", "-- placeholders: true", "CREATE TABLE ${x.prefix}_items (id INT);",
				"DROP TABLE ${x.prefix}_items;");
		Retort retort = Retort.configure()
			.dialect("postgresql")
			.locations("filesystem:" + this.dir)
			.xArguments(Map.of("prefix", "offline"))
			.load();
		assertThat(retort.upgradeSql("heads")).contains("CREATE TABLE offline_items (id INT);");
		assertThat(retort.downgradeSql("aaaa:base")).contains("DROP TABLE offline_items;");
	}

	@Test
	void placeholderNamesStartingWithXAreRefused() {
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> Retort.configure().placeholders(Map.of("x.a", "1")).load())
			.withMessageContaining("Invalid placeholder name 'x.a' (migrate.placeholders.x.a)");
	}

	@Test
	void anInvalidHeaderValueIsReported() throws Exception {
		write("aaaa", "", "-- placeholders: yes", "SELECT 1;", "SELECT 1;");
		Retort retort = Retort.configure().dialect("h2").locations("filesystem:" + this.dir).load();
		assertThatExceptionOfType(RetortException.class).isThrownBy(retort::graph)
			.withMessageContaining("line 3")
			.withMessageContaining("invalid value 'yes' for header 'placeholders'; write 'true' or 'false'");
	}

	@DatabaseTest
	void javaRevisionsReadTheXArgumentsThroughTheOperations(TestDatabase db) throws Exception {
		Retort retort = Retort.configure()
			.dataSource(db.dataSource())
			.locations("classpath:db/javarev/xargs")
			.xArguments(Map.of("table", "x_named"))
			.load();
		retort.upgrade("heads");
		assertThat(RetortEngineTests.tableExists(db, "x_named")).isTrue();
		retort.downgrade("base");
		assertThat(RetortEngineTests.tableExists(db, "x_named")).isFalse();
	}

	private static java.util.List<String> notes(TestDatabase db) throws SQLException {
		java.util.List<String> notes = new java.util.ArrayList<>();
		try (Connection connection = db.connection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT note FROM ph_items ORDER BY id")) {
			while (result.next()) {
				notes.add(result.getString(1));
			}
		}
		return notes;
	}

}
