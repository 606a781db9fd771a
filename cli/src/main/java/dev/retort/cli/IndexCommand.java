package dev.retort.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.script.RevisionIndex;

/**
 * Writes the revision index of each configured location into the build output, after checking
 * every revision as {@code validate} does (no database needed). The Maven plugin's {@code index}
 * goal runs this command.
 */
@Command(name = "index", description = "Write the revision index (retort.index) that starts read instead of the files.")
final class IndexCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Option(names = "--output-dir", paramLabel = "DIR",
			description = "The compiled classes folder: classpath: locations are read and indexed in DIR/<folder>"
					+ " (default target/classes); filesystem: locations are indexed beside their files.")
	@Nullable String outputDir;

	@Override
	public Integer call() {
		List<String> locations = this.root.absoluteLocations(this.root.settings().locations());
		Path classes = this.root.io.workingDirectory()
			.resolve((this.outputDir != null) ? this.outputDir : "target/classes")
			.normalize();
		for (RevisionIndex.Written written : RevisionIndex.write(locations, classes)) {
			this.root.io.out().println("Wrote " + written.file() + " (" + written.revisions() + " revision"
					+ ((written.revisions() == 1) ? "" : "s") + " of " + written.location() + ")");
		}
		return 0;
	}

}
