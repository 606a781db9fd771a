package dev.retort.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.lint.Finding;
import dev.retort.core.lint.Severity;

/**
 * Lints revisions for statements that lock, rewrite or destroy on a production database: all
 * revisions, or with a database configured the pending ones. Exits 1 when a finding at or above
 * {@code --fail-on} is not suppressed, for CI.
 */
@Command(name = "lint", description = "Check revisions for locking, rewriting and destructive changes.")
final class LintCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Parameters(arity = "0..1", paramLabel = "RANGE",
			description = "Revisions to lint: [start]:[end] or end; default all, or the pending ones with a database.")
	@Nullable String range;

	@Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default ${DEFAULT-VALUE}).")
	String format;

	@Option(names = "--fail-on", defaultValue = "error",
			description = "Exit 1 on a finding of this severity or worse: warning or error (default ${DEFAULT-VALUE}).")
	String failOn;

	@Override
	public Integer call() {
		Severity threshold = switch (this.failOn.toLowerCase(Locale.ROOT)) {
			case "warning" -> Severity.WARNING;
			case "error" -> Severity.ERROR;
			default -> throw new RetortException(ErrorCode.INVALID_ARGUMENT,
					"Unknown --fail-on '" + this.failOn + "'; use warning or error");
		};
		if (!List.of("text", "json", "sarif").contains(this.format)) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT,
					"Unknown --format '" + this.format + "'; use text, json or sarif");
		}
		List<Finding> findings = findings();
		switch (this.format) {
			case "json" -> this.root.io.out().println(LintOutput.json(findings));
			case "sarif" -> this.root.io.out().println(LintOutput.sarif(findings, this.root.io.workingDirectory()));
			default -> LintOutput.text(findings, this.root.io.out(), this.root.io.workingDirectory());
		}
		long failing = findings.stream().filter((finding) -> finding.atLeast(threshold)).count();
		if (failing > 0) {
			this.root.io.err().println("FAILED: " + failing + " lint finding(s) of severity " + threshold.id()
					+ " or worse; fix them or add '-- retort:lint-ignore <rule> <reason>' above the statement");
			return RetortCli.EXIT_FAILED;
		}
		return 0;
	}

	private List<Finding> findings() {
		boolean connected = this.root.settings().url().isPresent() || this.root.hostEngine != null;
		if (this.range != null) {
			Retort engine = connected ? this.root.engine() : this.root.offlineEngine();
			return engine.lint(this.range.strip());
		}
		return connected ? this.root.engine().lintPending("heads") : this.root.offlineEngine().lint("heads");
	}

}
