package dev.retort.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.lint.Finding;
import dev.retort.core.lint.Severity;

/**
 * Lints the pending revisions ({@code migrate.lint.on-startup}) before an application's own
 * {@link MigrationStrategy} runs them: logs the findings, or refuses to start before anything is
 * applied. The default strategy ({@link UpgradeOnStartup}) lints inside its upgrade instead.
 */
final class StartupLint implements MigrationStrategy {

	private static final Log logger = LogFactory.getLog(RetortMigrationInitializer.class);

	private final MigrateProperties.Lint.OnStartup mode;

	private final String target;

	private final MigrationStrategy next;

	StartupLint(MigrateProperties.Lint.OnStartup mode, String target, MigrationStrategy next) {
		this.mode = mode;
		this.target = target;
		this.next = next;
	}

	@Override
	public void migrate(Retort retort) {
		if (this.mode != MigrateProperties.Lint.OnStartup.OFF) {
			check(this.mode, retort.lintPending(this.target));
		}
		this.next.migrate(retort);
	}

	/**
	 * Log the findings of warning severity or more, or refuse to start ({@code fail}).
	 * @param mode what to do with them
	 * @param all the findings of the pending revisions
	 */
	static void check(MigrateProperties.Lint.OnStartup mode, List<Finding> all) {
		// a loop, not a stream: a lambda's first use spins a class on the start's critical path
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : all) {
			if (finding.atLeast(Severity.WARNING)) {
				findings.add(finding);
			}
		}
		if (!findings.isEmpty()) {
			String message = describe(findings);
			if (mode == MigrateProperties.Lint.OnStartup.FAIL) {
				throw new RetortException(ErrorCode.LINT_FINDINGS, message);
			}
			logger.warn(message + "\nSee docs/lint.md; set migrate.lint.on-startup=off to skip this check.");
		}
	}

	static String describe(List<Finding> findings) {
		StringBuilder message = new StringBuilder("Lint found " + findings.size()
				+ " risky statement(s) in the pending revisions:");
		for (Finding finding : findings) {
			message.append("\n  ")
				.append(finding.file())
				.append(':')
				.append(finding.line())
				.append(": ")
				.append(finding.severity().id())
				.append(" [")
				.append(finding.category().id())
				.append('/')
				.append(finding.rule())
				.append("] revision ")
				.append(finding.revision())
				.append(": ")
				.append(finding.message())
				.append("\n    fix: ")
				.append(finding.fix());
		}
		return message.toString();
	}

}
