package dev.retort.cli;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drivers quote the pieces of a URL they cannot parse; a password inside the URL must not reach the
 * {@code FAILED:} line or a {@code --debug} stack trace.
 */
class SecretsTests {

	private static final String SECRET = "s3cr3t-in-url";

	@TempDir
	Path project;

	/**
	 * Issue 17, item 6: with a short password that is a piece of common words, the message stays
	 * readable and does not point at the password by masking it in the middle of words.
	 */
	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void shortPasswordsDoNotGarbleTheMessage(TestDatabase database) {
		CliRun.projectWith(this.project, "alembic-cli/revisions");
		for (String password : new String[] { "t", "no", "not", "role" }) {
			CliRun run = CliRun.inProcess(this.project, "--url", database.jdbcUrl(), "--user", "nobody", "--password",
					password, "current");
			assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
			assertThat(run.err()).startsWith("FAILED: Database error: FATAL: role \"nobody\" does not exist")
				.doesNotContain("****");
		}
		CliRun environment = CliRun.inProcess(this.project, Map.of("MIGRATE_PASSWORD", "role"), "--url",
				database.jdbcUrl(), "--user", "nobody", "current");
		assertThat(environment.err()).startsWith("FAILED: Database error: FATAL: role \"nobody\" does not exist");
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:mariadb://root:" + SECRET + "@127.0.0.1:3306/x",
			"jdbc:postgresql://postgres:" + SECRET + "@127.0.0.1:5432/x",
			"jdbc:postgresql://127.0.0.1:1/x?user=postgres&password=" + SECRET })
	void passwordsInsideUrlsAreMasked(String url) {
		for (String debug : new String[] { "", "--debug" }) {
			String[] args = debug.equals("--debug") ? new String[] { "--url", url, "--debug", "current", "-v" }
					: new String[] { "--url", url, "current", "-v" };
			CliRun run = CliRun.inProcess(this.project, args);
			assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
			assertThat(run.err()).startsWith("FAILED: ");
			assertThat(run.out() + run.err()).doesNotContain(SECRET);
		}
	}

}
