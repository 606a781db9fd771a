package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** Database commands of the CLI on H2, PostgreSQL and MariaDB: history marks, validate, offline SQL. */
class CliDatabaseTests {

	@TempDir
	Path project;

	private CliRun run(TestDatabase database, String... command) {
		return CliRun.inProcess(this.project, database, command);
	}

	@DatabaseTest
	void historyMarksCurrentAndWhenApplied(TestDatabase database) {
		CliRun.projectWith(this.project, "alembic-cli/revisions");
		assertThat(run(database, "upgrade", "shop@head").status()).isZero();
		List<String> lines = run(database, "history", "-i").out().lines().toList();
		assertThat(lines).anySatisfy((line) -> assertThat(line)
			.startsWith("4f3d1c0b9e21 -> d5a1e6f7c8b9 (shop) (head) (current), add email [applied 20"));
		assertThat(lines).filteredOn((line) -> line.contains("8c7b6a5d4e3f"))
			.singleElement()
			.satisfies((line) -> assertThat(line).doesNotContain("[applied"));
		assertThat(run(database, "history", "-r", "current:").out())
			.isEqualTo("4f3d1c0b9e21 -> d5a1e6f7c8b9 (shop) (head), add email\n");
		String json = run(database, "history", "-i", "--json").out();
		assertThat(json).contains("\"appliedAt\": \"20", "\"checksum\": \"sha256:");
	}

	@DatabaseTest
	void editedRevisionIsReportedAndBlocksUpgradeUntilRestored(TestDatabase database) throws IOException {
		CliRun.projectWith(this.project, "alembic-cli/revisions");
		assertThat(run(database, "upgrade", "ae1027a6acf0").status()).isZero();
		assertThat(run(database, "validate").out()).isEqualTo("All applied revisions match their files.\n");
		Path file = this.project.resolve("src/main/resources/db/revisions/ae1027a6acf0_add_col.sql");
		String original = Files.readString(file);
		Files.writeString(file, original.replace("(id INT)", "(id BIGINT)"));
		CliRun validate = run(database, "validate");
		assertThat(validate.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(validate.err()).contains("ae1027a6acf0", "Applied to database : sha256:", "Resolved locally    : sha256:");
		CliRun upgrade = run(database, "upgrade", "heads");
		assertThat(upgrade.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(upgrade.err()).startsWith("FAILED: ").contains("ae1027a6acf0").doesNotContain("Running upgrade");
		assertThat(run(database, "current").out()).isEqualTo("ae1027a6acf0 (branchpoint)\n");
		Files.writeString(file, original);
		assertThat(run(database, "validate").status()).isZero();
		assertThat(run(database, "upgrade", "heads").status()).isZero();
		assertThat(run(database, "current", "--check-heads").status()).isZero();
	}

	@DatabaseTest
	void offlineSqlUsesTheConnectedDialect(TestDatabase database) {
		CliRun.projectWith(this.project, "alembic-cli/revisions");
		CliRun sql = run(database, "upgrade", "--sql", "base:ae1027a6acf0");
		assertThat(sql.status()).as(sql.err()).isZero();
		assertThat(sql.out()).contains("CREATE TABLE IF NOT EXISTS t_1975ea83b712 (id INT);",
				"CREATE TABLE IF NOT EXISTS t_ae1027a6acf0 (id INT);");
		assertThat(run(database, "current").out()).isEmpty();
	}

}
