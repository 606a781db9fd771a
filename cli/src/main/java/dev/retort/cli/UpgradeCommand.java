package dev.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.MigrationResult;

/** Alembic's {@code upgrade}. */
@Command(name = "upgrade", description = "Upgrade to a later version.")
final class UpgradeCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Parameters(paramLabel = "TARGET", description = "heads, head, an id or prefix, +N, ID+N, label@head, ...")
	String target;

	@Option(names = "--sql", description = "Print the SQL instead of running it; TARGET may be FROM:TO.")
	boolean sql;

	@Option(names = "--ignore-checksums", description = "Run even if applied revision files changed.")
	boolean ignoreChecksums;

	@Option(names = "--json", description = "Print what ran as JSON.")
	boolean json;

	@Override
	public Integer call() {
		this.root.ignoreChecksums = this.ignoreChecksums;
		if (this.sql) {
			this.root.io.out().print(this.root.offlineEngine().upgradeSql(this.target));
			return 0;
		}
		MigrationResult result = this.root.engine().upgrade(this.target);
		if (result.steps().isEmpty()) {
			// Alembic is silent here; a process that waited for another one's lock should say why it did nothing
			this.root.io.err().println("Nothing to upgrade: the database is already at " + describe(result.headsAfter())
					+ " (target '" + this.target + "')");
		}
		if (this.json) {
			this.root.io.out().println(MigrationOutput.json(result));
		}
		return 0;
	}

	private static String describe(List<String> heads) {
		return heads.isEmpty() ? "<base>" : String.join(", ", heads);
	}

}
