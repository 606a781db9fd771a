package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input ends in exactly one {@code FAILED:} line that names the file or argument and the fix,
 * a non-zero exit, and no stack trace unless {@code --debug}.
 */
class CliErrorTests {

	@TempDir
	Path project;

	private Path revisions() throws IOException {
		return Files.createDirectories(this.project.resolve("src/main/resources/db/revisions"));
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(revisions().resolve(name), text);
	}

	private static String revision(String id, String down) {
		return "-- revision: " + id + "\n" + (down.isEmpty() ? "" : "-- down_revision: " + down + "\n")
				+ "-- message: m " + id + "\n\n-- migrate:upgrade\nSELECT 1;\n\n-- migrate:downgrade\nSELECT 1;\n";
	}

	private static void assertOneFailedLine(CliRun run, String... fragments) {
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).startsWith("FAILED: ").endsWith("\n").doesNotContain("\tat ");
		assertThat(run.err().strip().lines()).hasSize(1);
		assertThat(run.err()).contains(fragments);
		assertThat(run.out()).isEmpty();
	}

	@Test
	void brokenHeaderNamesFileAndLine() throws IOException {
		write("a1_x.sql", "-- revision: a1\n-- down_revison: a0\n\n-- migrate:upgrade\nSELECT 1;\n");
		assertOneFailedLine(CliRun.inProcess(this.project, "heads"), "a1_x.sql", "line 2", "down_revison");
	}

	/** Issue 17, item 8: the driver is there, the scheme is wrong. */
	@Test
	void mistypedUrlSchemeNamesTheLikelyFix() throws IOException {
		write("a1_x.sql", revision("a1", ""));
		assertOneFailedLine(CliRun.inProcess(this.project, "--url", "jdbc:postgres://127.0.0.1:5432/app", "current"),
				"No JDBC driver on the class path accepts jdbc:postgres://127.0.0.1:5432/app",
				"did you mean jdbc:postgresql://127.0.0.1:5432/app?");
	}

	@Test
	void unknownTargetUsesAlembicsMessage() throws IOException {
		write("a1_x.sql", revision("a1", ""));
		assertOneFailedLine(CliRun.inProcess(this.project, "show", "zzz"),
				"Can't locate revision identified by 'zzz'");
	}

	@Test
	void ambiguousPrefixListsCandidates() throws IOException {
		write("abc1_x.sql", revision("abc1", ""));
		write("abc2_x.sql", revision("abc2", "abc1"));
		assertOneFailedLine(CliRun.inProcess(this.project, "show", "abc"), "Can't locate revision identified by 'abc'",
				"Multiple revisions start with 'abc'", "abc1", "abc2");
	}

	@Test
	void duplicateIdNamesBothFiles() throws IOException {
		write("a1_x.sql", revision("a1", ""));
		Files.createDirectories(revisions().resolve("copy"));
		write("copy/a1_y.sql", revision("a1", ""));
		assertOneFailedLine(CliRun.inProcess(this.project, "heads"), "a1_x.sql", "a1_y.sql");
	}

	@Test
	void missingLocationNamesIt() {
		assertOneFailedLine(CliRun.inProcess(this.project, "--locations", "filesystem:nowhere", "heads"), "nowhere");
	}

	@Test
	void unknownParentNamesFile() throws IOException {
		write("a2_x.sql", revision("a2", "a1"));
		assertOneFailedLine(CliRun.inProcess(this.project, "history"), "a1", "a2_x.sql");
	}

	@Test
	void historyRangeWithoutColonIsRefused() throws IOException {
		write("a1_x.sql", revision("a1", ""));
		assertOneFailedLine(CliRun.inProcess(this.project, "history", "-r", "a1"),
				"History range requires [start]:[end], [start]:, or :[end]");
	}

	@Test
	void databaseCommandWithoutUrlSaysWhereToSetIt() throws IOException {
		write("a1_x.sql", revision("a1", ""));
		assertOneFailedLine(CliRun.inProcess(this.project, "upgrade", "heads"), "--url", "MIGRATE_URL", "migrate.url");
	}

	@Test
	void headWithTwoHeadsUsesAlembicsMessage() throws IOException {
		write("a1_x.sql", revision("a1", ""));
		write("b1_x.sql", revision("b1", "a1"));
		write("c1_x.sql", revision("c1", "a1"));
		assertOneFailedLine(CliRun.inProcess(this.project, "--dialect", "h2", "upgrade", "--sql", "head"),
				"Multiple head revisions are present for given argument 'head'");
	}

	@Test
	void unknownCommandIsAUsageError() {
		CliRun run = CliRun.inProcess(this.project, "upgrayedd");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_USAGE);
		assertThat(run.err()).startsWith("FAILED: ").contains("upgrayedd").doesNotContain("\tat ");
	}

	@Test
	void debugPrintsTheStackTrace() throws IOException {
		write("a1_x.sql", revision("a1", ""));
		CliRun run = CliRun.inProcess(this.project, "--debug", "show", "zzz");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).startsWith("FAILED: Can't locate revision identified by 'zzz'").contains("\tat ");
	}

	@Test
	void passwordNeverAppearsInFailures() throws IOException {
		write("a1_x.sql", revision("a1", ""));
		CliRun run = CliRun.inProcess(this.project, "--url", "jdbc:postgresql://127.0.0.1:1/nodb?password=s3cr3t-pw",
				"--user", "u", "--password", "s3cr3t-pw", "--debug", "current");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).startsWith("FAILED: ").doesNotContain("s3cr3t-pw");
	}

}
