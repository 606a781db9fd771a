package dev.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.Retort;
import dev.retort.core.autogenerate.SchemaDiff;
import dev.retort.core.lint.Finding;
import dev.retort.core.lint.Severity;

/**
 * Alembic's {@code check}: whether autogenerate would produce a revision. Prints one difference
 * per line and exits non-zero when it would, for CI. Also prints the lint findings of the pending
 * revisions, and exits non-zero on a lint error.
 */
@Command(name = "check", description = "Check if revision command with autogenerate has pending upgrade ops.")
final class CheckCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Mixin
	ModelOptions model = new ModelOptions();

	@Override
	public Integer call() {
		Retort engine = this.root.engine();
		SchemaDiff diff = new Autogenerator(this.root, this.model).diff(engine);
		List<Finding> findings = engine.lintPending("heads");
		if (!findings.isEmpty()) {
			LintOutput.text(findings, this.root.io.out(), this.root.io.workingDirectory());
		}
		long lintErrors = findings.stream().filter((finding) -> finding.atLeast(Severity.ERROR)).count();
		if (diff.isEmpty()) {
			this.root.io.out().println("No new upgrade operations detected.");
			if (lintErrors == 0) {
				return 0;
			}
		}
		else {
			diff.differences().forEach(this.root.io.out()::println);
			this.root.io.err().println("FAILED: New upgrade operations detected (" + diff.differences().size()
					+ "); run 'revision --autogenerate -m MESSAGE' to create a revision for them");
		}
		if (lintErrors > 0) {
			this.root.io.err().println("FAILED: " + lintErrors + " lint error(s) in pending revisions; see 'retort lint'");
		}
		return RetortCli.EXIT_FAILED;
	}

}
