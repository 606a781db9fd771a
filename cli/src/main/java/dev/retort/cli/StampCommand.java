package dev.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.MigrationResult;

/** Alembic's {@code stamp}: set the version table without running revisions. */
@Command(name = "stamp", description = "'stamp' the revision table with the given revision; don't run any migrations.")
final class StampCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Parameters(paramLabel = "TARGET", arity = "1..*", description = "Revision(s) to stamp: heads, an id, base, ...")
	List<String> targets;

	@Option(names = "--purge", description = "Unconditionally erase the version table before stamping.")
	boolean purge;

	@Option(names = "--json", description = "Print what was stamped as JSON.")
	boolean json;

	@Override
	public Integer call() {
		MigrationResult result = this.root.engine().stamp(this.targets, this.purge);
		if (this.json) {
			this.root.io.out().println(MigrationOutput.json(result));
		}
		return 0;
	}

}
