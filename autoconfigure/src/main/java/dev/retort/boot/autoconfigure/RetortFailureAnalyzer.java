package dev.retort.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.retort.core.api.RetortException;

/**
 * Explains every startup failure from Retort: the engine's message (which names the revision, file
 * or property) as the description, and what to do about it for each
 * {@link dev.retort.core.api.ErrorCode}.
 */
final class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {

	private static final String REVISION_FILES = "Fix the revision files named above (in migrate.locations, by"
			+ " default src/main/resources/db/revisions); 'retort heads' and 'retort history' show the graph as Retort"
			+ " reads it.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
		return new FailureAnalysis(String.valueOf(cause.getMessage()), action(cause), cause);
	}

	static String action(RetortException cause) {
		return switch (cause.code()) {
			case REVISION_NOT_FOUND, AMBIGUOUS_REVISION -> "Check migrate.target (default 'heads'): name an existing"
					+ " revision by its id or a unique prefix of it, or a branch label ('label@head').";
			case MULTIPLE_HEADS -> "Set migrate.target=heads to upgrade every branch, name one head in migrate.target"
					+ " (for example 'label@head'), or join the branches with 'retort merge -m \"merge\" heads'.";
			case DUPLICATE_REVISION -> "Give one of the two revisions another id (the 'revision:' header and the file"
					+ " name); ids must be unique across all migrate.locations.";
			case UNKNOWN_DOWN_REVISION -> "Make the revision's 'down_revision:' header name an existing revision (or"
					+ " leave it empty for a base), or restore the file of the revision it names. " + REVISION_FILES;
			case UNKNOWN_DEPENDENCY -> "Make the revision's 'depends_on:' header name an existing revision or branch"
					+ " label. " + REVISION_FILES;
			case CYCLE -> "Break the cycle: a revision's 'down_revision:' must name an older revision. " + REVISION_FILES;
			case DUPLICATE_BRANCH_LABEL -> "Give each branch label to one revision only, and never a revision's own id. "
					+ REVISION_FILES;
			case INVALID_REVISION_ID -> "Use letters, digits and '_' only in revision ids and branch labels. "
					+ REVISION_FILES;
			case INVALID_TARGET, INVALID_PLAN -> "Check migrate.target: on startup Retort only upgrades, so the target"
					+ " must be at or above the database's current revision ('heads' is always valid).";
			case INVALID_REVISION_FILE -> "Fix the file and line named above: see docs/revision-format.md for the"
					+ " header and the '-- migrate:upgrade' / '-- migrate:downgrade' sections.";
			case LOCATION_NOT_FOUND -> "Create the revision location (by default src/main/resources/db/revisions) with"
					+ " a first revision ('retort init' and 'retort revision -m \"...\"'), point migrate.locations at"
					+ " the right place, or set migrate.enabled=false if this application does not use Retort.";
			case IRREVERSIBLE_REVISION -> "Add a '-- migrate:downgrade' section to the revision named above, or do not"
					+ " downgrade through it.";
			case REVISION_FAILED -> "Fix the revision's SQL and restart. Nothing of the failed revision was kept, and"
					+ " the revisions before it stay applied.";
			case PARTIAL_REVISION -> "This database commits DDL as it goes, so part of the revision is in the schema"
					+ " while the version table does not say so. Undo those statements by hand, or edit the revision so"
					+ " that it can run again, then restart.";
			case CHECKSUM_MISMATCH -> "Revert the file to the content that was applied and put the change in a new"
					+ " revision ('retort revision -m \"...\"'). To start anyway, set migrate.validate-checksums=false.";
			case LOCK_TIMEOUT -> "Another process is migrating this database. Wait for it to finish and restart, or"
					+ " raise migrate.lock-timeout.";
			case VERSION_TABLE_INCONSISTENT -> "Inspect the version table (migrate.version-table, default"
					+ " retort_version): it should hold one row per current head. Repair it with 'retort stamp"
					+ " <revision> --purge' once you know where the schema stands.";
			case DATABASE_ERROR -> "Check that the database is running and reachable, that the database named in the"
					+ " URL exists (create it first), and the credentials: spring.datasource.* or, for a dedicated"
					+ " connection, migrate.url, migrate.user and migrate.password.";
			case UNKNOWN_REVISION -> "Start the release that has these revisions, or downgrade with it first. To start"
					+ " this build on the newer schema (as after rolling back a release), set"
					+ " migrate.on-unknown-revisions=warn.";
			case INVALID_CONFIGURATION -> "Check the migrate.* properties named above.";
			case INVALID_ARGUMENT -> "Check the migrate.* properties and the arguments named above.";
			case NOT_UP_TO_DATE -> "Apply the pending revisions with 'java -jar app.jar migrate upgrade heads', set"
					+ " migrate.auto-run=true to apply them on startup, or set migrate.on-pending=warn to start anyway.";
			case FILE_ERROR -> "Check that the file named above can be written, or remove the file that is in the way.";
			case LINT_FINDINGS -> "Rewrite the statements with the safe patterns named above (docs/lint.md), or add"
					+ " '-- retort:lint-ignore <rule-or-category> <reason>' above a statement that is safe for this"
					+ " database. Set migrate.lint.on-startup=warn to start anyway.";
			case DDL_LOCK_TIMEOUT -> "End or wait for the session named above (it holds a lock the revision needs),"
					+ " then restart; raise migrate.ddl-lock-timeout only if waiting longer is acceptable, since"
					+ " every query on the table queues behind a waiting DDL statement.";
		};
	}

}
