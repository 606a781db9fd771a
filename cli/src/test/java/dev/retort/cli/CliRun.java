package dev.retort.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.retort.test.TestDatabase;

/** The outcome of one CLI run, in process or through the real jar. */
record CliRun(int status, String out, String err) {

	/** Run in this JVM against a project folder. */
	static CliRun inProcess(Path project, Map<String, String> env, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliIo io = new CliIo(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), env, project);
		int status = RetortCli.execute(args, io);
		return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static CliRun inProcess(Path project, String... args) {
		return inProcess(project, Map.of(), args);
	}

	/** Run in this JVM against a project folder and a test database (its URL, user and password first). */
	static CliRun inProcess(Path project, TestDatabase database, String... command) {
		List<String> args = new ArrayList<>(List.of("--url", database.jdbcUrl(), "--user", database.user()));
		if (!database.password().isEmpty()) {
			args.addAll(List.of("--password", database.password()));
		}
		args.addAll(List.of(command));
		return inProcess(project, args.toArray(String[]::new));
	}

	/** Run {@code java -jar retort.jar} in a project folder, as users do. */
	static CliRun jar(Path project, String... args) {
		String jar = System.getProperty("retort.jar", "target/retort.jar");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", Path.of(jar).toAbsolutePath().toString()));
		command.addAll(Arrays.asList(args));
		return run(project, command, Map.of());
	}

	/**
	 * Run a program in a project folder with environment variables of its own (others as this
	 * JVM's, without {@code MIGRATE_*}).
	 */
	static CliRun run(Path project, List<String> command, Map<String, String> env) {
		try {
			Path out = Files.createTempFile("retort-out", ".txt");
			Path err = Files.createTempFile("retort-err", ".txt");
			ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile());
			builder.environment().keySet().removeIf((name) -> name.startsWith("MIGRATE_"));
			builder.environment().putAll(env);
			int status = builder.start().waitFor();
			CliRun run = new CliRun(status, Files.readString(out), Files.readString(err));
			Files.delete(out);
			Files.delete(err);
			return run;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Copy a test resource folder of revision files into a project's default location. */
	static Path projectWith(Path project, String resourceFolder) {
		Path target = project.resolve("src/main/resources/db/revisions");
		try {
			Files.createDirectories(target);
			Path source = Path.of("src/test/resources", resourceFolder);
			try (Stream<Path> files = Files.list(source)) {
				for (Path file : files.toList()) {
					Files.copy(file, target.resolve(file.getFileName().toString()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return project;
	}

}
