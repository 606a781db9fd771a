package dev.retort.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * Alembic's {@code init}: creates the revisions folder and a commented {@code retort.properties}.
 * The default folder is the default {@code classpath:db/revisions} location of a Maven project;
 * {@code --template} picks another layout ({@link ProjectTemplate}).
 */
@Command(name = "init", description = "Initialize a new revisions folder and retort.properties.")
final class InitCommand implements Callable<Integer> {

	static final String DEFAULT_DIRECTORY = "src/main/resources/db/revisions";

	private static final String RESOURCES = "src/main/resources/";

	private static final String SOURCES = "src/main/java/";

	@ParentCommand
	GlobalOptions root;

	@Parameters(paramLabel = "DIR", arity = "0..1",
			description = "Folder for revision files (default: the template's, " + DEFAULT_DIRECTORY + " for generic).")
	@Nullable String directory;

	@Option(names = { "-t", "--template" }, defaultValue = "generic",
			description = "Setup template for use with 'init' (see list_templates; default ${DEFAULT-VALUE}).")
	String template;

	@Override
	public Integer call() throws IOException {
		ProjectTemplate template = ProjectTemplate.named(this.template);
		Path workingDirectory = this.root.io.workingDirectory();
		Path target = workingDirectory.resolve((this.directory != null) ? this.directory : template.directory())
			.normalize();
		PrintStream out = this.root.io.out();
		if (Files.exists(target) && !isEmptyDirectory(target)) {
			throw new RetortException(ErrorCode.FILE_ERROR,
					"Directory " + target + " already exists and is not empty");
		}
		Path properties = workingDirectory.resolve("retort.properties");
		List<Path> folders = template.folders(target);
		for (Path folder : folders) {
			out.println("  Creating directory " + folder + " ...  done");
			Files.createDirectories(folder);
		}
		if (Files.exists(properties)) {
			out.println("  File " + properties + " already exists, skipping");
		}
		else {
			out.println("  Generating " + properties + " ...  done");
			List<String> locations = folders.stream().map((folder) -> location(workingDirectory, folder)).toList();
			Files.writeString(properties, template.properties(locations), StandardCharsets.UTF_8);
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
		if (relative.startsWith(SOURCES)) {
			// a package of Java revisions: classpath:db/revisions is package db.revisions
			return "classpath:" + relative.substring(SOURCES.length());
		}
		return "filesystem:" + (target.startsWith(workingDirectory) ? relative : target.toString());
	}

}
