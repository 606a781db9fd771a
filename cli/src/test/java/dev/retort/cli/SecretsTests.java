package dev.retort.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drivers quote the pieces of a URL they cannot parse; a password inside the URL must not reach the
 * {@code FAILED:} line or a {@code --debug} stack trace.
 */
class SecretsTests {

	private static final String SECRET = "s3cr3t-in-url";

	@TempDir
	Path project;

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
