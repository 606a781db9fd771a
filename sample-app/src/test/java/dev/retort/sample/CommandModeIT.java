package dev.retort.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged sample as {@code java -jar retort-sample-app.jar migrate <command>}: the
 * command runs with the application's configuration, prints its output and exits with its
 * status, without starting the web server or migrating on its own.
 */
class CommandModeIT {

	@TempDir
	Path directory;

	@Test
	void migrateCommandsShouldRunAndExitWithTheirStatus() throws Exception {
		String url = "--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("db").toAbsolutePath();
		Result current = run("migrate", "current", url);
		assertThat(current.status()).as(current.err()).isZero();
		assertThat(current.out()).doesNotContain("ae1027a6acf0");
		Result upgrade = run("migrate", "upgrade", "heads", url);
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(upgrade.err()).contains("Running upgrade 1975ea83b712 -> ae1027a6acf0, add email column to users");
		current = run("migrate", "current", url);
		assertThat(current.status()).as(current.err()).isZero();
		assertThat(current.out().strip()).isEqualTo("ae1027a6acf0 (head)");
		Result check = run("migrate", "check", url);
		assertThat(check.status()).as(check.err()).isZero();
		assertThat(check.out()).contains("No new upgrade operations detected.");
		Result downgrade = run("migrate", "downgrade", "-1", url);
		assertThat(downgrade.status()).as(downgrade.err()).isZero();
		Result behind = run("migrate", "check", url);
		assertThat(behind.status()).isNotZero();
		assertThat(behind.err()).contains("FAILED: Target database is not up to date.");
		assertThat(run("migrate", "upgrade", "heads", url).status()).isZero();
		Result failed = run("migrate", "downgrade", "nonexistent", url);
		assertThat(failed.status()).isNotZero();
		assertThat(failed.err()).contains("FAILED: Can't locate revision identified by 'nonexistent'");
	}

	/**
	 * Issue 17, item 2: {@code migrate} after Boot's own arguments, and neither the web server nor
	 * JPA starts: the port the application would listen on is taken, and the command still runs,
	 * in the minimal context and in the application's own one.
	 */
	@Test
	void migrateMayFollowBootArgumentsAndStartsNoWebServer() throws Exception {
		String url = "--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("db").toAbsolutePath();
		try (ServerSocket taken = new ServerSocket(0)) {
			String port = "--server.port=" + taken.getLocalPort();
			Result upgrade = run(url, port, "migrate", "upgrade", "heads");
			assertThat(upgrade.status()).as(upgrade.err()).isZero();
			Result current = run(url, "--spring.profiles.active=default", "migrate", port, "current");
			assertThat(current.status()).as(current.err()).isZero();
			assertThat(current.out().strip()).isEqualTo("ae1027a6acf0 (head)");
			Result application = run(url, port, "--migrate.command.minimal-context=false", "migrate", "current");
			assertThat(application.status()).as(application.err()).isZero();
			assertThat(application.out().strip()).isEqualTo("ae1027a6acf0 (head)");
			Result check = run(url, port, "migrate", "check");
			assertThat(check.status()).as(check.err()).isZero();
			Result failing = run(url, port, "migrate", "upgrade", "nonexistent");
			assertThat(failing.status()).isEqualTo(1);
		}
	}

	private Result run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", System.getProperty("sample.jar")));
		command.addAll(List.of(args));
		Path out = this.directory.resolve("out.txt");
		Path err = this.directory.resolve("err.txt");
		Process process = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished in time").isTrue();
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private record Result(int status, String out, String err) {
	}

}
