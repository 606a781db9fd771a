package dev.retort.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Alembic's {@code merge}: a revision whose parents are the given revisions. */
@Command(name = "merge", description = "Merge two revisions together. Creates a new migration file.")
final class MergeCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Parameters(paramLabel = "REV", arity = "1..*", description = "Revisions to merge (ids, prefixes, labels or 'heads').")
	List<String> revisions;

	@Option(names = { "-m", "--message" }, description = "Message string to use with 'merge'.")
	@Nullable String message;

	@Option(names = "--branch-label", split = ",", description = "Specify a branch label to apply to the new revision.")
	List<String> branchLabels = List.of();

	@Option(names = "--rev-id", description = "Specify a hardcoded revision id instead of generating one.")
	@Nullable String revId;

	@Override
	public Integer call() throws IOException {
		new RevisionGenerator(this.root).generate(new RevisionGenerator.Request(this.message, this.revisions, false,
				this.branchLabels, List.of(), this.revId, null));
		return 0;
	}

}
