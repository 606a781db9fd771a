package dev.retort.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code retort} launcher script beside {@code retort.jar} (issue 15): runs the jar with the
 * options of a short-lived JVM, and keeps a class-data archive that never fails a command.
 */
@EnabledOnOs({ OS.LINUX, OS.MAC })
class LauncherIT {

	@TempDir
	Path project;

	@TempDir
	Path cache;

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
	void autogenerateAndCheckOnH2WriteAClassDataArchiveOnceAndUseIt() throws IOException {
		RetortJarIT.compileEntity(this.project);
		String url = "jdbc:h2:file:" + this.project.resolve("db/app").toAbsolutePath();
		String classpath = "target/classes" + File.pathSeparator
				+ String.join(File.pathSeparator, RetortJarIT.projectDependencies());
		assertThat(run(Map.of(), "init").status()).isZero();
		assertThat(archives()).as("only the commands that map entities write the archive").isEmpty();

		CliRun generated = run(Map.of(), "--url", url, "revision", "--autogenerate", "-m", "create accounts",
				"--rev-id", "a1", "--classpath", classpath);
		assertThat(generated.status()).as(generated.err()).isZero();
		assertThat(generated.err()).contains("Detected added table 'accounts'").doesNotContain("[warning]", "[cds");
		assertThat(generated.out()).doesNotContain("[warning]", "[cds");
		List<Path> written = archives();
		assertThat(written).singleElement().satisfies((archive) -> assertThat(archive.toString()).endsWith(".jsa"));
		try (Stream<Path> files = Files.list(this.cache)) {
			assertThat(files).as("no temporary file left").hasSize(1);
		}
		long size = Files.size(written.get(0));

		assertThat(run(Map.of(), "--url", url, "upgrade", "head").status()).isZero();
		CliRun check = run(Map.of(), "--url", url, "check", "--classpath", classpath);
		assertThat(check.status()).as(check.err()).isZero();
		assertThat(check.out()).isEqualTo("No new upgrade operations detected.\n");
		assertThat(check.err()).isEmpty();
		assertThat(archives()).containsExactlyElementsOf(written);
		assertThat(Files.size(written.get(0))).as("used, not written again").isEqualTo(size);

		// an archive the JVM cannot use (stale, another JDK, damaged header) is ignored without a word
		Files.writeString(written.get(0), "not a class-data archive");
		CliRun stale = run(Map.of(), "--url", url, "check", "--classpath", classpath);
		assertThat(stale.status()).as(stale.err()).isZero();
		assertThat(stale.out()).isEqualTo("No new upgrade operations detected.\n");
		assertThat(stale.err()).isEmpty();

		// Flight Recorder (a class-file hook) with a dynamic archive crashes JDK 17: no archive then
		Files.delete(written.get(0));
		assertThat(run(Map.of(), "--url", url, "check", "--classpath", classpath).status()).isZero();
		assertThat(archives()).hasSize(1);
		CliRun recorded = run(Map.of("JDK_JAVA_OPTIONS", "-XX:StartFlightRecording=filename="
				+ this.cache.resolve("check.jfr")), "--url", url, "check", "--classpath", classpath);
		assertThat(recorded.status()).as(recorded.err()).isZero();
		assertThat(recorded.out()).contains("No new upgrade operations detected.");

		// without a writable cache the command runs as well, without an archive
		Path readOnly = this.cache.resolve("read-only");
		Files.createDirectories(readOnly);
		assertThat(readOnly.toFile().setWritable(false)).isTrue();
		CliRun noCache = run(Map.of("RETORT_CACHE", readOnly.resolve("retort").toString()), "--url", url, "check",
				"--classpath", classpath);
		assertThat(noCache.status()).as(noCache.err()).isZero();
		assertThat(noCache.err()).isEmpty();
	}

	/** A JDK without its own class-data archive cannot write one: the JVM would not even start. */
	@Test
	void aJdkWithoutItsOwnArchiveRunsTheCommandWithoutOne() throws IOException {
		RetortJarIT.compileEntity(this.project);
		Path jdk = Files.createDirectories(this.project.resolve("jdk-without-archive/bin"));
		Path java = jdk.resolve("java");
		Files.writeString(java, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
				+ "' -XX:SharedArchiveFile=" + this.project.resolve("no-such.jsa") + " \"$@\"\n");
		assertThat(java.toFile().setExecutable(true)).isTrue();
		String url = "jdbc:h2:file:" + this.project.resolve("db/app").toAbsolutePath();
		String classpath = "target/classes" + File.pathSeparator
				+ String.join(File.pathSeparator, RetortJarIT.projectDependencies());
		Map<String, String> env = Map.of("JAVA_HOME", jdk.getParent().toString());
		assertThat(run(env, "init").status()).isZero();
		CliRun generated = run(env, "--url", url, "revision", "--autogenerate", "-m", "create accounts", "--rev-id",
				"a1", "--classpath", classpath);
		assertThat(generated.status()).as(generated.err()).isZero();
		assertThat(generated.err()).contains("Detected added table 'accounts'");
		assertThat(run(env, "--url", url, "upgrade", "head").status()).isZero();
		CliRun check = run(env, "--url", url, "check", "--classpath", classpath);
		assertThat(check.status()).as(check.err()).isZero();
		assertThat(check.out()).isEqualTo("No new upgrade operations detected.\n");
		assertThat(archives()).isEmpty();
		try (Stream<Path> files = Files.list(this.cache)) {
			assertThat(files).singleElement()
				.satisfies((marker) -> assertThat(marker.getFileName().toString()).endsWith(".off"));
		}
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

	/** The test JVM's Java, and this test's own archive folder unless the case names another. */
	private Map<String, String> env(Map<String, String> own) {
		Map<String, String> env = new HashMap<>();
		env.put("JAVA_HOME", System.getProperty("java.home"));
		env.put("RETORT_CACHE", this.cache.toString());
		env.put("JAVA_OPTS", "");
		env.put("RETORT_OPTS", "");
		env.put("RETORT_CDS", "");
		env.putAll(own);
		return env;
	}

	private List<Path> archives() throws IOException {
		try (Stream<Path> files = Files.list(this.cache)) {
			return files.filter((file) -> file.toString().endsWith(".jsa")).toList();
		}
	}

	private static Path launcher() {
		return RetortJarIT.jar().resolveSibling("retort");
	}

}
