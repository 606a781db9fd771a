package dev.retort.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A project from {@code src/test/resources} (the application {@code generated-app}, by default),
 * copied to {@code target} and built there with the Maven that runs this build, against a private
 * local repository ({@code target/it-repo}) that holds this reactor's artifacts as
 * {@code invoker:install} installed them.
 */
final class GeneratedApp {

	private final Path directory;

	private GeneratedApp(Path directory) {
		this.directory = directory;
	}

	static GeneratedApp create() {
		return create("generated-app", Path.of(property("it.workDirectory")));
	}

	/**
	 * A fresh copy of a project of {@code src/test/resources}.
	 * @param template the project's folder in {@code src/test/resources}
	 * @param directory where to copy it; emptied first
	 * @return the project
	 */
	static GeneratedApp create(String template, Path directory) {
		Path source = Path.of("src/test/resources", template);
		String userRepository = Path.of(property("it.userRepository")).toUri().toString();
		try {
			deleteRecursively(directory);
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path target = directory.resolve(source.relativize(file).toString());
					Files.createDirectories(target.getParent());
					Files.writeString(target, Files.readString(file)
						.replace("@retort.version@", property("it.retortVersion"))
						.replace("@user.repository.url@", userRepository));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new GeneratedApp(directory);
	}

	Path directory() {
		return this.directory;
	}

	/**
	 * Run Maven in the application's folder and fail with the tail of its log unless it succeeds.
	 * @param log the log file's name in the application's folder
	 * @param arguments goals and options
	 */
	void maven(String log, String... arguments) {
		succeeded(mavenStatus(log, arguments), log);
	}

	/**
	 * Run Maven in the application's folder and return its exit status, whatever it is.
	 * @param log the log file's name in the application's folder
	 * @param arguments goals and options
	 * @return the exit status
	 */
	int mavenStatus(String log, String... arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(property("it.mavenHome"), "bin", "mvn").toString(), "-B",
				"-s", "settings.xml", "-Dmaven.repo.local=" + property("it.repository")));
		command.addAll(List.of(arguments));
		return run(command, log, 600);
	}

	/**
	 * The log a run wrote.
	 * @param log the log file's name in the application's folder
	 * @return its text
	 */
	String log(String log) {
		try {
			return Files.readString(this.directory.resolve(log));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Run the packaged application ({@code java -jar}) and fail with its output unless it exits with 0.
	 * @param log the log file's name in the application's folder
	 * @param jvmOptions options before {@code -jar}
	 * @param arguments application arguments
	 */
	void runJar(String log, List<String> jvmOptions, String... arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", "target/demo-1.0.0.jar"));
		command.addAll(List.of(arguments));
		succeeded(run(command, log, 180), log);
	}

	/** Fails with the tail of the log unless the status is 0. */
	private void succeeded(int status, String log) {
		if (status != 0) {
			List<String> lines = log(log).lines().toList();
			throw new AssertionError("exited with " + status + "; last lines of " + this.directory.resolve(log) + ":\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
		}
	}

	private int run(List<String> command, String log, int timeoutSeconds) {
		Path output = this.directory.resolve(log);
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		try {
			Process process = builder.start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(command + " did not finish in " + timeoutSeconds + "s; see " + output);
			}
			return process.exitValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String property(String name) {
		String value = System.getProperty(name);
		if (value == null) {
			throw new IllegalStateException("System property '" + name + "' is not set; run this test with "
					+ "'mvn verify -pl integration-tests -am' so failsafe sets it");
		}
		return value;
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
