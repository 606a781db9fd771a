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
 * per line and exits non-zero when it would, for CI. Also lints every revision: prints the lint
 * errors (and exits non-zero on them) and counts the warnings.
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
		// the lint runs beside the comparison; its output and errors come first, as if it ran first
		Background<List<Finding>> linted = Background.start("retort-lint", () -> engine.lint("heads"));
		SchemaDiff diff;
		try {
			diff = new Autogenerator(this.root, this.model).diff(engine);
		}
		catch (RuntimeException ex) {
			lint(linted.join());
			throw ex;
		}
		long lintErrors = lint(linted.join());
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
			this.root.io.err().println("FAILED: " + lintErrors + " lint error(s) in the revisions; see 'retort lint'");
		}
		return RetortCli.EXIT_FAILED;
	}

	/** Lint every revision: errors are printed (and fail the check), warnings counted. */
	private long lint(List<Finding> findings) {
		List<Finding> errors = findings.stream().filter((finding) -> finding.atLeast(Severity.ERROR)).toList();
		long warnings = findings.stream().filter((finding) -> finding.atLeast(Severity.WARNING)).count() - errors.size();
		if (!errors.isEmpty()) {
			LintOutput.text(errors, this.root.io.out(), this.root.io.workingDirectory());
		}
		if (warnings > 0) {
			this.root.io.out().println(warnings + " lint warning(s) in the revisions; run 'retort lint' to see them.");
		}
		return errors.size();
	}

}
