package dev.retort.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.autogenerate.SchemaDiff;

/**
 * Alembic's {@code check}: whether autogenerate would produce a revision. Prints one difference
 * per line and exits non-zero when it would, for CI.
 */
@Command(name = "check", description = "Check if revision command with autogenerate has pending upgrade ops.")
final class CheckCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Mixin
	ModelOptions model = new ModelOptions();

	@Override
	public Integer call() {
		SchemaDiff diff = new Autogenerator(this.root, this.model).diff(this.root.engine());
		if (diff.isEmpty()) {
			this.root.io.out().println("No new upgrade operations detected.");
			return 0;
		}
		diff.differences().forEach(this.root.io.out()::println);
		this.root.io.err().println("FAILED: New upgrade operations detected (" + diff.differences().size()
				+ "); run 'revision --autogenerate -m MESSAGE' to create a revision for them");
		return RetortCli.EXIT_FAILED;
	}

}
