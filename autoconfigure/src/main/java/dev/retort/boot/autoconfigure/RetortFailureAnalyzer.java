package dev.retort.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.retort.core.api.RetortException;

/**
 * Explains startup failures from Retort: the engine's message as the description, and for the
 * failures a user meets on startup, what to do about it.
 */
final class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
		String action = action(cause);
		return (action != null) ? new FailureAnalysis(cause.getMessage(), action, cause) : null;
	}

	private static @Nullable String action(RetortException cause) {
		return switch (cause.code()) {
			case LOCATION_NOT_FOUND -> "Create the revision location (by default src/main/resources/db/revisions) with"
					+ " a first revision ('retort init' and 'retort revision -m \"...\"'), point migrate.locations at"
					+ " the right place, or set migrate.enabled=false if this application does not use Retort.";
			case MULTIPLE_HEADS -> "Set migrate.target=heads to upgrade every branch, name one head in migrate.target"
					+ " (for example 'label@head'), or join the branches with 'retort merge -m \"merge\" heads'.";
			case REVISION_FAILED -> "Fix the revision's SQL and restart. Nothing of the failed revision was kept, and"
					+ " the revisions before it stay applied.";
			case PARTIAL_REVISION -> "This database commits DDL as it goes, so part of the revision is in the schema"
					+ " while the version table does not say so. Undo those statements by hand, or edit the revision so"
					+ " that it can run again, then restart.";
			case CHECKSUM_MISMATCH -> "Revert the file to the content that was applied and put the change in a new"
					+ " revision ('retort revision -m \"...\"'). To start anyway, set migrate.validate-checksums=false.";
			case LOCK_TIMEOUT -> "Another process is migrating this database. Wait for it to finish and restart, or"
					+ " raise migrate.lock-timeout.";
			case NOT_UP_TO_DATE -> "Apply the pending revisions with 'java -jar app.jar migrate upgrade heads', set"
					+ " migrate.auto-run=true to apply them on startup, or set migrate.on-pending=warn to start anyway.";
			case INVALID_CONFIGURATION -> "Check the migrate.* properties named above.";
			case LINT_FINDINGS -> "Rewrite the statements with the safe patterns named above (docs/lint.md), or add"
					+ " '-- retort:lint-ignore <rule-or-category> <reason>' above a statement that is safe for this"
					+ " database. Set migrate.lint.on-startup=warn to start anyway.";
			case DDL_LOCK_TIMEOUT -> "End or wait for the session named above (it holds a lock the revision needs),"
					+ " then restart; raise migrate.ddl-lock-timeout only if waiting longer is acceptable, since"
					+ " every query on the table queues behind a waiting DDL statement.";
			default -> null;
		};
	}

}
