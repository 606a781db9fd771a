package dev.retort.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.RetortException;

/** Alembic's {@code downgrade}. */
@Command(name = "downgrade", description = "Revert to a previous version.")
final class DowngradeCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Parameters(paramLabel = "TARGET", description = "base, an id or prefix, -N, ID-N, label@base, ...")
	String target;

	@Option(names = "--sql", description = "Print the SQL instead of running it; TARGET must be FROM:TO.")
	boolean sql;

	@Option(names = "--ignore-checksums", description = "Run even if applied revision files changed.")
	boolean ignoreChecksums;

	@Option(names = "--json", description = "Print what ran as JSON.")
	boolean json;

	@Override
	public Integer call() {
		this.root.ignoreChecksums = this.ignoreChecksums;
		if (this.sql) {
			if (!this.target.contains(":")) {
				throw new RetortException(ErrorCode.INVALID_ARGUMENT,
						"downgrade with --sql requires <fromrev>:<torev>");
			}
			this.root.io.out().print(this.root.offlineEngine().downgradeSql(this.target));
			return 0;
		}
		MigrationResult result = this.root.engine().downgrade(this.target);
		if (this.json) {
			this.root.io.out().println(MigrationOutput.json(result));
		}
		return 0;
	}

}
