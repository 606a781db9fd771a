package dev.retort.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@code java -jar retort.jar} as users do, in its own JVM, with output captured in files so
 * a process killed with {@code kill -9} still leaves what it printed.
 */
final class RetortJar {

	private RetortJar() {
	}

	static Path jar() {
		Path jar = Path.of(System.getProperty("retort.jar", "../cli/target/retort.jar")).toAbsolutePath().normalize();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing; build it with mvn -pl cli -am package -DskipTests");
		}
		return jar;
	}

	/** Starts the jar without waiting; the caller waits or kills. */
	static Started start(Path project, Map<String, String> env, String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// a quicker start for many short JVMs; the behaviour under test is not the JIT's
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar", jar().toString()));
		command.addAll(Arrays.asList(args));
		try {
			Files.createDirectories(project);
			Path out = Files.createTempFile(project, "out", ".txt");
			Path err = Files.createTempFile(project, "err", ".txt");
			ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile());
			builder.environment().keySet().removeIf((name) -> name.startsWith("MIGRATE_"));
			builder.environment().putAll(env);
			return new Started(builder.start(), out, err);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Result run(Path project, Map<String, String> env, String... args) {
		return start(project, env, args).await(Duration.ofSeconds(120));
	}

	static Result run(Path project, String... args) {
		return run(project, Map.of(), args);
	}

	/** A running process and the files it writes to. */
	record Started(Process process, Path outFile, Path errFile) {

		Result await(Duration timeout) {
			try {
				if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
					this.process.destroyForcibly().waitFor();
					throw new AssertionError("retort did not finish within " + timeout + "; stderr so far:\n" + err());
				}
				return new Result(this.process.exitValue(), out(), err());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** {@code kill -9}: the JVM gets no chance to clean up. */
		Result kill() {
			try {
				this.process.destroyForcibly();
				this.process.waitFor();
				return new Result(this.process.exitValue(), out(), err());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		String out() {
			return read(this.outFile);
		}

		String err() {
			return read(this.errFile);
		}

		private static String read(Path file) {
			try {
				return Files.readString(file, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** What a finished process printed. */
	record Result(int status, String out, String err) {

		String all() {
			return this.out + this.err;
		}

	}

}
