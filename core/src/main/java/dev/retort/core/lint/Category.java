package dev.retort.core.lint;

/**
 * What kind of harm a {@link Finding} warns about. The vocabulary is fixed: scripts and
 * code-scanning tools match on {@link #id()}.
 *
 * @since 0.1.0
 */
public enum Category {

	/** The statement holds a lock that blocks reads or writes while it scans or builds. */
	BLOCKING_LOCK("blocking-lock"),

	/** The statement rewrites the whole table (PostgreSQL rewrite, MariaDB {@code ALGORITHM=COPY}). */
	TABLE_REWRITE("table-rewrite"),

	/** The statement deletes data: dropped tables or columns, truncated or emptied tables. */
	DESTRUCTIVE("destructive"),

	/** The statement breaks the release still running while the migration applies (renames). */
	BACKWARD_INCOMPATIBLE("backward-incompatible"),

	/** Whether the statement succeeds depends on the rows already in the table. */
	DATA_DEPENDENT("data-dependent"),

	/** The statement cannot run inside a transaction, yet its revision is transactional. */
	NON_TRANSACTIONAL("non-transactional"),

	/** A command of the database's command-line client ({@code \connect}, {@code \set}), not SQL. */
	CLIENT_ONLY("client-only");

	private final String id;

	Category(String id) {
		this.id = id;
	}

	/**
	 * The name used in JSON, SARIF and {@code retort:lint-ignore} comments.
	 * @return for example {@code blocking-lock}
	 */
	public String id() {
		return this.id;
	}

}
