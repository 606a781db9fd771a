package dev.retort.cli;

import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.Retort;

/** What {@code upgrade} and {@code downgrade} share: a target, offline {@code --sql}, JSON output. */
abstract class MoveCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Parameters(paramLabel = "TARGET", description = "Where to go: an id or prefix, heads, base, +N/-N, label@head, ...")
	String target;

	@Option(names = "--sql", description = "Print the SQL instead of running it; TARGET may be FROM:TO.")
	boolean sql;

	@Option(names = "--ignore-checksums", description = "Run even if applied revision files changed.")
	boolean ignoreChecksums;

	@Option(names = "--json", description = "Print what ran as JSON.")
	boolean json;

	@Option(names = "--tag", paramLabel = "TAG",
			description = "A free text recorded with each step in the history table (history -i shows it).")
	@Nullable String tag;

	@Override
	public Integer call() {
		this.root.ignoreChecksums = this.ignoreChecksums;
		if (this.sql) {
			this.root.io.out().print(renderSql(this.root.offlineEngine(), this.target, this.tag));
			return 0;
		}
		MigrationResult result = move(this.root.engine(), this.target, this.tag);
		if (result.steps().isEmpty()) {
			nothingRan(result);
		}
		if (this.json) {
			this.root.io.out().println(MigrationOutput.json(result));
		}
		return 0;
	}

	abstract String renderSql(Retort engine, String target, @Nullable String tag);

	abstract MigrationResult move(Retort engine, String target, @Nullable String tag);

	/** Called when the database was already at the target; silent by default, as Alembic is. */
	void nothingRan(MigrationResult result) {
	}

}
