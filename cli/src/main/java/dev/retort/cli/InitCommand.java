package dev.retort.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * Alembic's {@code init}: creates the revisions folder and a commented {@code retort.properties}.
 * The default folder is the default {@code classpath:db/revisions} location of a Maven project.
 */
@Command(name = "init", description = "Initialize a new revisions folder and retort.properties.")
final class InitCommand implements Callable<Integer> {

	static final String DEFAULT_DIRECTORY = "src/main/resources/db/revisions";

	private static final String RESOURCES = "src/main/resources/";

	@ParentCommand
	GlobalOptions root;

	@Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = DEFAULT_DIRECTORY,
			description = "Folder for revision files (default ${DEFAULT-VALUE}).")
	String directory;

	@Override
	public Integer call() throws IOException {
		Path workingDirectory = this.root.io.workingDirectory();
		Path target = workingDirectory.resolve(this.directory).normalize();
		PrintStream out = this.root.io.out();
		if (Files.exists(target) && !isEmptyDirectory(target)) {
			throw new RetortException(ErrorCode.FILE_ERROR,
					"Directory " + target + " already exists and is not empty");
		}
		out.println("  Creating directory " + target + " ...  done");
		Files.createDirectories(target);
		Path properties = workingDirectory.resolve("retort.properties");
		if (Files.exists(properties)) {
			out.println("  File " + properties + " already exists, skipping");
		}
		else {
			out.println("  Generating " + properties + " ...  done");
			Files.writeString(properties, template(location(workingDirectory, target)), StandardCharsets.UTF_8);
		}
		out.println("Please edit configuration/connection settings in '" + properties + "' before proceeding.");
		return 0;
	}

	private static boolean isEmptyDirectory(Path path) throws IOException {
		if (!Files.isDirectory(path)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(path)) {
			return entries.findAny().isEmpty();
		}
	}

	/** Folders under src/main/resources become classpath: locations, so the app finds them too. */
	static String location(Path workingDirectory, Path target) {
		String relative = workingDirectory.relativize(target).toString().replace('\\', '/');
		if (relative.startsWith(RESOURCES)) {
			return "classpath:" + relative.substring(RESOURCES.length());
		}
		return "filesystem:" + (target.startsWith(workingDirectory) ? relative : target.toString());
	}

	private static String template(String location) {
		return """
				# Retort settings for the command line. A Spring Boot app reads the same migrate.* keys
				# from application.properties; command line options and MIGRATE_* variables win over this file.

				# Where revision files live (comma-separated; classpath: means src/main/resources).
				migrate.locations=%s

				# The database. Without migrate.url the CLI falls back to spring.datasource.url.
				#migrate.url=jdbc:postgresql://localhost:5432/app
				#migrate.user=app
				# Prefer the MIGRATE_PASSWORD environment variable to a password in a file.
				#migrate.password=

				# Retort's own tables.
				#migrate.version-table=retort_version
				#migrate.history-table=retort_history
				#migrate.schema=

				# How long to wait when another process holds the migration lock.
				#migrate.lock-timeout=60s
				""".formatted(location);
	}

}
