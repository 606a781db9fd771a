package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alembic's global options and env.py knobs on the command line (issue 22): {@code -x},
 * {@code -c}, {@code --raiseerr}, {@code RETORT_CONFIG}, {@code --transaction-per-migration},
 * placeholders from {@code migrate.placeholders.*}, and tags in {@code history -i}.
 */
class AlembicOptionsTests {

	@TempDir
	Path project;

	private CliRun run(TestDatabase database, String... command) {
		return CliRun.inProcess(this.project, database, command);
	}

	private void revision(String id, String parents, String header, String upgrade, String downgrade)
			throws IOException {
		Path folder = Files.createDirectories(this.project.resolve("src/main/resources/db/revisions"));
		Files.writeString(folder.resolve(id + "_r.sql"), "-- revision: " + id + "\n-- down_revision: " + parents
				+ "\n-- message: rev " + id + "\n" + header + "\n-- migrate:upgrade\n" + upgrade
				+ "\n\n-- migrate:downgrade\n" + downgrade + "\n");
	}

	@DatabaseTest
	void xArgumentsAndPlaceholdersFromTheConfigFileFillOptedInFiles(TestDatabase database) throws IOException {
		revision("aaaa", "", "-- placeholders: true", "CREATE TABLE ${x.prefix}_${suffix} (id INT);",
				"DROP TABLE ${x.prefix}_${suffix};");
		Files.writeString(this.project.resolve("retort.properties"), "migrate.placeholders.suffix=things\n");
		CliRun upgrade = run(database, "-x", "prefix=cli", "upgrade", "heads");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		CliRun missing = run(database, "downgrade", "base");
		assertThat(missing.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(missing.err()).contains("aaaa_r.sql line 9: no value for placeholder '${x.prefix}'");
		assertThat(run(database, "-x", "prefix=cli", "downgrade", "base").status()).isZero();
	}

	@DatabaseTest
	void tagsAreShownByHistoryWithIndicateCurrent(TestDatabase database) throws IOException {
		revision("aaaa", "", "", "CREATE TABLE tg_a (id INT);", "DROP TABLE tg_a;");
		revision("bbbb", "aaaa", "", "CREATE TABLE tg_b (id INT);", "DROP TABLE tg_b;");
		assertThat(run(database, "upgrade", "aaaa", "--tag", "release-1").status()).isZero();
		assertThat(run(database, "upgrade", "heads").status()).isZero();
		assertThat(run(database, "history", "-i").out().lines().toList()).satisfiesExactly(
				(line) -> assertThat(line).startsWith("aaaa -> bbbb (head) (current), rev bbbb [applied 20")
					.doesNotContain("tag"),
				(line) -> assertThat(line).startsWith("<base> -> aaaa, rev aaaa [applied 20").endsWith(", tag release-1]"));
		assertThat(run(database, "history", "-v", "-i").out()).containsPattern("Applied: 20\\S+ by \\S+ \\(\\d+ ms\\), tag release-1\n");
		assertThat(run(database, "history", "-i", "--json").out()).contains("\"tag\": \"release-1\"");
	}

	@Test
	void configComesFromDashCAndFromRetortConfig() throws IOException {
		revision("aaaa", "", "", "CREATE TABLE c_a (id INT);", "DROP TABLE c_a;");
		String url = "jdbc:h2:" + this.project.resolve("db").toAbsolutePath() + ";NON_KEYWORDS=VALUE";
		Files.writeString(this.project.resolve("other.properties"), "migrate.url=" + url + "\n");
		assertThat(CliRun.inProcess(this.project, "-c", "other.properties", "upgrade", "heads").status()).isZero();
		assertThat(CliRun.inProcess(this.project, Map.of("RETORT_CONFIG", "other.properties"), "current").out())
			.isEqualTo("aaaa (head)\n");
		CliRun missing = CliRun.inProcess(this.project, Map.of("RETORT_CONFIG", "nowhere.properties"), "current");
		assertThat(missing.err()).contains("nowhere.properties' does not exist; check the --config path");
	}

	@Test
	void raiseerrPrintsTheStackTraceAsDebugDoes() {
		CliRun run = CliRun.inProcess(this.project, "--raiseerr", "--url", "jdbc:h2:mem:raise", "show", "nope");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).startsWith("FAILED: ").contains("\tat dev.retort.");
	}

	@Test
	void badValuesAreRefusedWithTheFix() throws IOException {
		revision("aaaa", "", "", "CREATE TABLE b_a (id INT);", "DROP TABLE b_a;");
		CliRun mode = CliRun.inProcess(this.project, "--transaction-per-migration=maybe", "--url", "jdbc:h2:mem:bad",
				"upgrade", "heads");
		assertThat(mode.err()).isEqualTo("FAILED: Invalid --transaction-per-migration 'maybe'; use true or false\n");
		CliRun x = CliRun.inProcess(this.project, "-x", "novalue", "--url", "jdbc:h2:mem:bad", "upgrade", "heads");
		assertThat(x.err()).isEqualTo("FAILED: Invalid -x argument 'novalue'; use -x key=value with a key of letters,"
				+ " digits, '_', '-' or '.'\n");
		Files.writeString(this.project.resolve("retort.properties"), "migrate.transaction-per-migration=sometimes\n");
		CliRun file = CliRun.inProcess(this.project, "--url", "jdbc:h2:mem:bad", "upgrade", "heads");
		assertThat(file.err()).contains("Invalid migrate.transaction-per-migration 'sometimes'; use true or false");
	}

}
