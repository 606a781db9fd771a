package dev.retort.core.api;

/**
 * Classifies every failure Retort reports, so the CLI, the Spring Boot failure analyzer and the
 * actuator endpoint can react to a kind of failure without parsing messages.
 *
 * <p>Constants are only ever added, never renamed: scripts and monitoring may match on them.
 *
 * @since 0.1.0
 */
public enum ErrorCode {

	// --- revision graph ---
	/** A target or reference names no known revision or branch label. */
	REVISION_NOT_FOUND,
	/** A prefix matches more than one revision. */
	AMBIGUOUS_REVISION,
	/** A target such as {@code head} matches several heads. */
	MULTIPLE_HEADS,
	/** Two revisions share one id. */
	DUPLICATE_REVISION,
	/** A {@code down_revision} names a revision that does not exist. */
	UNKNOWN_DOWN_REVISION,
	/** A {@code depends_on} names a revision or label that does not exist. */
	UNKNOWN_DEPENDENCY,
	/** The revisions form a cycle. */
	CYCLE,
	/** A branch label is used twice or equals a revision id. */
	DUPLICATE_BRANCH_LABEL,
	/** A revision id or branch label has characters that are not allowed. */
	INVALID_REVISION_ID,
	/** A relative target ({@code +N}, {@code -N}) goes past a head or base, or a range is invalid. */
	INVALID_TARGET,
	/** The requested plan cannot be made (for example a downgrade target above the current heads). */
	INVALID_PLAN,

	// --- scripts ---
	/** A revision file cannot be parsed (header, sections, delimiter, encoding). */
	INVALID_REVISION_FILE,
	/** A configured location does not exist. */
	LOCATION_NOT_FOUND,
	/** A revision has no downgrade section, so it cannot be downgraded. */
	IRREVERSIBLE_REVISION,
	/** Lint found unsuppressed findings in the revisions about to run ({@code migrate.lint.on-startup=fail}). */
	LINT_FINDINGS,

	// --- database ---
	/** A revision failed while running; nothing of it was kept. */
	REVISION_FAILED,
	/** A revision failed on a database that commits DDL implicitly; part of it was kept. */
	PARTIAL_REVISION,
	/** An applied revision's file changed or disappeared since it ran. */
	CHECKSUM_MISMATCH,
	/** The migration lock was not acquired within the timeout. */
	LOCK_TIMEOUT,
	/**
	 * A revision waited longer than the DDL lock timeout for a table lock held by another session,
	 * on every try; nothing of it was kept.
	 */
	DDL_LOCK_TIMEOUT,
	/** The version table does not hold the rows a step expected. */
	VERSION_TABLE_INCONSISTENT,
	/** The database could not be reached or answered with an error outside a revision. */
	DATABASE_ERROR,
	/**
	 * The version table names a revision this build's revisions do not include: a newer release
	 * applied it (the application was rolled back), or its file was deleted.
	 */
	UNKNOWN_REVISION,

	// --- configuration and commands ---
	/** A configuration value is missing or invalid. */
	INVALID_CONFIGURATION,
	/** A command was called with arguments it cannot use. */
	INVALID_ARGUMENT,
	/** The database is not at the heads where a command needs it to be. */
	NOT_UP_TO_DATE,
	/** A file the command wanted to write already exists or cannot be written. */
	FILE_ERROR

}
