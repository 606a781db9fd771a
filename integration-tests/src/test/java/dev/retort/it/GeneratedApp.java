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
 * The application {@code src/test/resources/generated-app} holds, copied to
 * {@code target/generated-app} and built there with the Maven that runs this build, against a
 * private local repository ({@code target/it-repo}) that holds this reactor's artifacts as
 * {@code invoker:install} installed them.
 */
final class GeneratedApp {

	private static final Path TEMPLATE = Path.of("src/test/resources/generated-app");

	private final Path directory;

	private GeneratedApp(Path directory) {
		this.directory = directory;
	}

	static GeneratedApp create() {
		Path directory = Path.of(property("it.workDirectory"));
		String userRepository = Path.of(property("it.userRepository")).toUri().toString();
		try {
			deleteRecursively(directory);
			try (Stream<Path> files = Files.walk(TEMPLATE)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path target = directory.resolve(TEMPLATE.relativize(file).toString());
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
		List<String> command = new ArrayList<>(List.of(Path.of(property("it.mavenHome"), "bin", "mvn").toString(), "-B",
				"-s", "settings.xml", "-Dmaven.repo.local=" + property("it.repository")));
		command.addAll(List.of(arguments));
		run(command, log, 600);
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
		run(command, log, 180);
	}

	private void run(List<String> command, String log, int timeoutSeconds) {
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
			if (process.exitValue() != 0) {
				List<String> lines = Files.readAllLines(output);
				throw new AssertionError(command + " exited with " + process.exitValue() + "; last lines of " + output
						+ ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String property(String name) {
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
