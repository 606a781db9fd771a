package dev.retort.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code retort} launcher script beside {@code retort.jar} (issue 15): runs the jar with the
 * options of a short-lived JVM.
 */
@EnabledOnOs({ OS.LINUX, OS.MAC })
class LauncherIT {

	@TempDir
	Path project;

	@Test
	void launcherIsExecutableAndRunsTheJarWithShortProcessOptions() {
		assertThat(launcher()).isExecutable();
		assertThat(launcher().resolveSibling("retort.cmd")).isRegularFile();
		CliRun version = run(Map.of(), "--version");
		assertThat(version.status()).as(version.err()).isZero();
		assertThat(version.out()).startsWith("retort ");
		assertThat(version.err()).isEmpty();
		// JAVA_OPTS comes after the launcher's options, so a user's own win
		CliRun flags = run(Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "--version");
		assertThat(flags.out()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").contains("retort ");
		CliRun overridden = run(Map.of("RETORT_OPTS", "-XX:+PrintCommandLineFlags -XX:TieredStopAtLevel=4"), "--version");
		assertThat(overridden.out()).contains("-XX:TieredStopAtLevel=4").doesNotContain("TieredStopAtLevel=1");
	}

	@Test
	void autogenerateUpgradeAndCheckOnH2RunThroughTheLauncher() throws IOException {
		RetortJarIT.compileEntity(this.project);
		String url = "jdbc:h2:file:" + this.project.resolve("db/app").toAbsolutePath();
		String classpath = "target/classes" + File.pathSeparator
				+ String.join(File.pathSeparator, RetortJarIT.projectDependencies());
		assertThat(run(Map.of(), "init").status()).isZero();

		CliRun generated = run(Map.of(), "--url", url, "revision", "--autogenerate", "-m", "create accounts",
				"--rev-id", "a1", "--classpath", classpath);
		assertThat(generated.status()).as(generated.err()).isZero();
		assertThat(generated.err()).contains("Detected added table 'accounts'").doesNotContain("[warning]");
		assertThat(generated.out()).doesNotContain("[warning]");

		assertThat(run(Map.of(), "--url", url, "upgrade", "head").status()).isZero();
		CliRun check = run(Map.of(), "--url", url, "check", "--classpath", classpath);
		assertThat(check.status()).as(check.err()).isZero();
		assertThat(check.out()).isEqualTo("No new upgrade operations detected.\n");
		assertThat(check.err()).isEmpty();

		// a failing command's exit status comes through the launcher
		CliRun failed = run(Map.of(), "--url", url, "upgrade", "no_such_revision");
		assertThat(failed.status()).isEqualTo(1);
		assertThat(failed.err()).contains("FAILED:", "no_such_revision");
	}

	@Test
	void runsThroughASymbolicLinkAndNamesABadJavaHome() throws IOException {
		Path bin = Files.createDirectories(this.project.resolve("bin"));
		Path link = Files.createSymbolicLink(bin.resolve("retort"), launcher().toAbsolutePath());
		CliRun linked = CliRun.run(this.project, List.of(link.toString(), "--version"), env(Map.of()));
		assertThat(linked.status()).as(linked.err()).isZero();
		assertThat(linked.out()).startsWith("retort ");
		CliRun badJava = run(Map.of("JAVA_HOME", this.project.resolve("no-jdk").toString()), "--version");
		assertThat(badJava.status()).isEqualTo(1);
		assertThat(badJava.err()).contains("JAVA_HOME", "no-jdk");
	}

	private CliRun run(Map<String, String> env, String... args) {
		List<String> command = new ArrayList<>(List.of(launcher().toAbsolutePath().toString()));
		command.addAll(List.of(args));
		return CliRun.run(this.project, command, env(env));
	}

	/** The test JVM's Java, and no options from the environment unless the case names some. */
	private Map<String, String> env(Map<String, String> own) {
		Map<String, String> env = new HashMap<>();
		env.put("JAVA_HOME", System.getProperty("java.home"));
		env.put("JAVA_OPTS", "");
		env.put("RETORT_OPTS", "");
		env.putAll(own);
		return env;
	}

	private static Path launcher() {
		return RetortJarIT.jar().resolveSibling("retort");
	}

}
