package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.RevisionHeader;

/**
 * Alembic's {@code edit}: opens a revision's file in {@code $VISUAL}, else {@code $EDITOR}, and
 * waits for the editor to close. {@code classpath:} files are opened in the project's
 * {@code src/main/resources}, Java revisions in {@code src/main/java}.
 */
@Command(name = "edit", description = "Edit revision script(s) using $VISUAL or $EDITOR.")
final class EditCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Parameters(paramLabel = "REV", description = "Revision to edit: an id or prefix, head, label@head, or current.")
	String revision;

	@Override
	public Integer call() throws IOException, InterruptedException {
		List<String> editor = editor();
		Retort engine = this.revision.equals("current") ? this.root.engine() : this.root.offlineEngine();
		List<RevisionHeader> revisions = engine.graph()
			.resolve(this.revision.equals("current") ? String.join(",", current(engine)) : this.revision, List.of());
		if (revisions.isEmpty()) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, "No revision files indicated by symbol '"
					+ this.revision + "'");
		}
		for (RevisionHeader header : revisions) {
			Path file = file(header);
			List<String> command = new ArrayList<>(editor);
			command.add(file.toString());
			int status = new ProcessBuilder(command).directory(this.root.io.workingDirectory().toFile())
				.inheritIO()
				.start()
				.waitFor();
			if (status != 0) {
				throw new RetortException(ErrorCode.FILE_ERROR, "The editor '" + String.join(" ", editor)
						+ "' exited with status " + status + " for " + file);
			}
		}
		return 0;
	}

	private List<String> current(Retort engine) {
		List<String> current = engine.current();
		if (current.isEmpty()) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, "No current revisions");
		}
		return current;
	}

	private List<String> editor() {
		for (String variable : List.of("VISUAL", "EDITOR")) {
			String value = this.root.io.env().get(variable);
			if (value != null && !value.isBlank()) {
				return PostWriteHook.split(value);
			}
		}
		throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
				"No editor: set the VISUAL or EDITOR environment variable, for example EDITOR=vi");
	}

	/** The file a revision came from, in the project. */
	private Path file(RevisionHeader header) {
		String source = header.source();
		Path project = this.root.io.workingDirectory();
		Path file;
		if (source.startsWith("classpath:")) {
			file = project.resolve("src/main/resources").resolve(source.substring("classpath:".length()));
		}
		else if (source.startsWith("filesystem:")) {
			file = project.resolve(source.substring("filesystem:".length()));
		}
		else if (!source.endsWith(".sql")) {
			file = project.resolve("src/main/java").resolve(source.replace('.', '/') + ".java");
		}
		else {
			file = project.resolve(source);
		}
		if (!Files.isRegularFile(file)) {
			throw new RetortException(ErrorCode.FILE_ERROR, "Revision " + header.id() + " comes from " + source
					+ ", which is not a file in this project (" + file + "); edit it where it is built from");
		}
		return file.normalize();
	}

}
