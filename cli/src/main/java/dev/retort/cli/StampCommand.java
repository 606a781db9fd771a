package dev.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
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

	@Option(names = "--sql", description = "Print the SQL instead of running it; a TARGET may be FROM:TO.")
	boolean sql;

	@Option(names = "--tag", paramLabel = "TAG", description = "A free text recorded in the history table.")
	@Nullable String tag;

	@Override
	public Integer call() {
		if (this.sql) {
			this.root.io.out().print(this.root.offlineEngine().stampSql(this.targets, this.purge, this.tag));
			return 0;
		}
		MigrationResult result = this.root.engine().stamp(this.targets, this.purge, this.tag);
		if (this.json) {
			this.root.io.out().println(MigrationOutput.json(result));
		}
		return 0;
	}

}
