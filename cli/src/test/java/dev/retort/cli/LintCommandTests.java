package dev.retort.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code retort lint}: formats, thresholds, ranges and the pending revisions of a database. */
class LintCommandTests {

	@TempDir
	Path project;

	private CliRun run(String... args) {
		CliRun.projectWith(this.project, "lint-cli/revisions");
		return CliRun.inProcess(this.project, args);
	}

	@Test
	void textListsEveryFindingWithItsFixAndPassesBelowTheThreshold() {
		CliRun run = run("--dialect", "postgresql", "lint");
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains(
				"src/main/resources/db/revisions/b2_email_index.sql:6: warning [blocking-lock/index-without-concurrently]"
						+ " revision b2: CREATE INDEX on existing table 'users' blocks its writes",
				"    CREATE INDEX users_email_idx ON users (email)\n    fix: Build the index with CREATE INDEX CONCURRENTLY",
				"b2_email_index.sql:8: warning [backward-incompatible/rename-column] revision b2: renaming column 'name'",
				"(suppressed: the app reads full_name since release 4.2)",
				"c3_drop_name.sql:6: warning [destructive/drop-column]",
				"2 lint finding(s): 0 error(s), 2 warning(s); 1 suppressed.");
		assertThat(run.out()).doesNotContain("users_name_idx");
	}

	@Test
	void failOnWarningExitsOneAndSaysHowToSuppress() {
		CliRun run = run("--dialect", "postgresql", "lint", "--fail-on", "warning");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).contains("FAILED: 2 lint finding(s) of severity warning or worse",
				"-- retort:lint-ignore <rule> <reason>");
	}

	@Test
	void rangeLimitsTheRevisionsReported() {
		CliRun run = run("--dialect", "postgresql", "lint", "b2:c3", "--format", "json");
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("\"revision\": \"c3\"", "\"rule\": \"drop-column\"",
				"\"category\": \"destructive\"", "\"severity\": \"warning\"", "\"line\": 6",
				"\"statement\": \"ALTER TABLE users DROP COLUMN full_name\"", "\"fix\": \"Stop reading", "\"suppressed\": null")
			.doesNotContain("\"revision\": \"b2\"")
			.startsWith("{\n  \"findings\": [");
	}

	@Test
	void openEndedRangeRunsToTheHeads() {
		CliRun run = run("--dialect", "postgresql", "lint", "b2:", "--format", "json");
		assertThat(run.out()).contains("\"revision\": \"c3\"").doesNotContain("\"revision\": \"b2\"");
	}

	@Test
	void jsonCarriesTheSuppressionReason() {
		CliRun run = run("--dialect", "postgresql", "lint", "--format", "json");
		assertThat(run.out()).contains("\"suppressed\": \"the app reads full_name since release 4.2\"");
	}

	@Test
	void errorFindingFailsByDefault() throws Exception {
		CliRun.projectWith(this.project, "lint-cli/revisions");
		java.nio.file.Files.writeString(this.project.resolve("src/main/resources/db/revisions/d4_concurrent.sql"), """
				-- revision: d4
				-- down_revision: c3

				-- migrate:upgrade
				CREATE INDEX CONCURRENTLY users_email_idx2 ON users (email);
				""");
		CliRun run = CliRun.inProcess(this.project, "--dialect", "postgresql", "lint", "--format", "sarif");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.out()).contains("\"ruleId\": \"non-transactional-statement\"", "\"level\": \"error\"",
				"\"uri\": \"src/main/resources/db/revisions/d4_concurrent.sql\"", "\"startLine\": 5");
	}

	@Test
	void withoutDialectOrDatabaseSaysHowToChoose() {
		CliRun run = run("lint");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).contains("Lint needs a dialect: set migrate.dialect (CLI: --dialect)");
	}

	@Test
	void unknownFormatOrThresholdIsRefused() {
		assertThat(run("--dialect", "h2", "lint", "--format", "xml").err()).contains("Unknown --format 'xml'; use text, json or sarif");
		assertThat(CliRun.inProcess(this.project, "--dialect", "h2", "lint", "--fail-on", "info").err()).contains("Unknown --fail-on 'info'; use warning or error");
	}

	@DatabaseTest
	void withADatabaseOnlyThePendingRevisionsAreLinted(TestDatabase database) {
		CliRun.projectWith(this.project, "lint-cli/revisions");
		List<String> connection = new ArrayList<>(List.of("--url", database.jdbcUrl(), "--user", database.user()));
		if (!database.password().isEmpty()) {
			connection.addAll(List.of("--password", database.password()));
		}
		List<String> upgrade = new ArrayList<>(connection);
		upgrade.addAll(List.of("upgrade", "b2"));
		assertThat(CliRun.inProcess(this.project, upgrade.toArray(String[]::new)).status()).isZero();
		List<String> lint = new ArrayList<>(connection);
		lint.addAll(List.of("lint", "--format", "json"));
		CliRun run = CliRun.inProcess(this.project, lint.toArray(String[]::new));
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("\"revision\": \"c3\"", "\"rule\": \"drop-column\"").doesNotContain("\"b2\"");
		if (database.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(run.out()).contains("\"category\": \"destructive\"");
		}
	}

}
