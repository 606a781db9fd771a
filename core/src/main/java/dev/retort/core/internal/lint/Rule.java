package dev.retort.core.internal.lint;

import dev.retort.core.internal.db.Dialect;
import dev.retort.core.lint.Category;
import dev.retort.core.lint.Severity;

/**
 * Every lint rule: its id, category, severity, the databases it applies to and the safe pattern.
 * docs/lint.md describes each one (a test keeps the two in step).
 */
public enum Rule {

	INDEX_WITHOUT_CONCURRENTLY("index-without-concurrently", Category.BLOCKING_LOCK, Severity.WARNING, Rule.POSTGRESQL_ONLY,
			"Build the index with CREATE INDEX CONCURRENTLY in a revision of its own marked '-- transactional: false'."),

	DROP_INDEX_WITHOUT_CONCURRENTLY("drop-index-without-concurrently", Category.BLOCKING_LOCK, Severity.WARNING,
			Rule.POSTGRESQL_ONLY, "Drop the index with DROP INDEX CONCURRENTLY in a revision marked '-- transactional: false'."),

	FOREIGN_KEY_WITHOUT_NOT_VALID("foreign-key-without-not-valid", Category.BLOCKING_LOCK, Severity.WARNING, Rule.POSTGRESQL_ONLY,
			"Add the constraint with NOT VALID now and run ALTER TABLE ... VALIDATE CONSTRAINT in the next revision."),

	CHECK_WITHOUT_NOT_VALID("check-without-not-valid", Category.BLOCKING_LOCK, Severity.WARNING, Rule.POSTGRESQL_ONLY,
			"Add the constraint with NOT VALID now and run ALTER TABLE ... VALIDATE CONSTRAINT in the next revision."),

	SET_NOT_NULL("set-not-null", Category.BLOCKING_LOCK, Severity.WARNING, Rule.POSTGRESQL_ONLY,
			"Add CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in the next revision, then SET NOT NULL"
					+ " (PostgreSQL 12+ skips the scan) and drop the check."),

	ADD_UNIQUE_CONSTRAINT("add-unique-constraint", Category.BLOCKING_LOCK, Severity.WARNING, Rule.POSTGRESQL_ONLY,
			"Build a unique index with CREATE UNIQUE INDEX CONCURRENTLY (a '-- transactional: false' revision), then"
					+ " ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX (or PRIMARY KEY USING INDEX)."),

	ALTER_COLUMN_TYPE("alter-column-type", Category.TABLE_REWRITE, Severity.WARNING, Rule.POSTGRESQL_ONLY,
			"Expand and contract: add a column of the new type, fill it in batches, switch the code to it, drop the old"
					+ " column in a later release. Widening varchar(n) or changing varchar to text needs no rewrite."),

	VOLATILE_DEFAULT("volatile-default", Category.TABLE_REWRITE, Severity.WARNING, Rule.POSTGRESQL_ONLY,
			"Add the column without default (or with a constant one), SET DEFAULT afterwards, and fill existing rows in"
					+ " batches."),

	STORED_GENERATED_COLUMN("stored-generated-column", Category.TABLE_REWRITE, Severity.WARNING, Rule.POSTGRESQL_ONLY,
			"Add a plain column, fill it in batches and keep it up to date with a trigger, or compute the value in a"
					+ " view."),

	COPY_ALGORITHM("copy-algorithm", Category.TABLE_REWRITE, Severity.WARNING, Rule.MARIADB_ONLY,
			"State ALGORITHM=INSTANT (or NOCOPY, INPLACE) and LOCK=NONE so MariaDB refuses the change instead of copying"
					+ " the table; for a change that needs the copy, use an online schema change tool or expand and"
					+ " contract."),

	LOCKING_ALTER("locking-alter", Category.BLOCKING_LOCK, Severity.WARNING, Rule.MARIADB_ONLY,
			"Use LOCK=NONE (or leave LOCK out) so the change runs online; FULLTEXT and SPATIAL indexes always block"
					+ " writes: build them in a quiet hour or on a copy."),

	DROP_TABLE("drop-table", Category.DESTRUCTIVE, Severity.WARNING, Rule.ALL,
			"Stop using the table in a release first; drop it in a later revision once no running code reads it, with"
					+ " a backup."),

	DROP_COLUMN("drop-column", Category.DESTRUCTIVE, Severity.WARNING, Rule.ALL,
			"Stop reading and writing the column in a release first (for JPA, remove the field), then drop it in a"
					+ " later revision."),

	TRUNCATE("truncate", Category.DESTRUCTIVE, Severity.WARNING, Rule.ALL,
			"Delete the rows in batches with a WHERE clause, or say why with a retort:lint-ignore comment."),

	DELETE_WITHOUT_WHERE("delete-without-where", Category.DESTRUCTIVE, Severity.WARNING, Rule.ALL,
			"Add a WHERE clause naming the rows to delete (in batches on large tables)."),

	RENAME_TABLE("rename-table", Category.BACKWARD_INCOMPATIBLE, Severity.WARNING, Rule.ALL,
			"Expand and contract: create the new table (or a view under the new name), write to both, move the"
					+ " readers, and drop the old name in a later release."),

	RENAME_COLUMN("rename-column", Category.BACKWARD_INCOMPATIBLE, Severity.WARNING, Rule.ALL,
			"Expand and contract: add the new column, write to both, backfill, move the readers, drop the old column"
					+ " in a later release."),

	NOT_NULL_WITHOUT_DEFAULT("not-null-without-default", Category.DATA_DEPENDENT, Severity.WARNING, Rule.POSTGRESQL_ONLY,
			"Add the column with a DEFAULT, or add it nullable, backfill it, then make it NOT NULL."),

	NARROWING_TYPE("narrowing-type", Category.DATA_DEPENDENT, Severity.WARNING, Rule.POSTGRESQL_MARIADB,
			"Check that every existing value fits first, or add a column of the new type and copy the values that"
					+ " fit; MariaDB without strict mode truncates silently."),

	UNIQUE_ON_EXISTING_DATA("unique-on-existing-data", Category.DATA_DEPENDENT, Severity.WARNING,
			Rule.POSTGRESQL_MARIADB,
			"Find and resolve duplicates first (SELECT ... GROUP BY ... HAVING count(*) > 1); on PostgreSQL build the"
					+ " index CONCURRENTLY and drop it if it ends INVALID."),

	NON_TRANSACTIONAL_STATEMENT("non-transactional-statement", Category.NON_TRANSACTIONAL, Severity.ERROR, Rule.POSTGRESQL_ONLY,
			"Move the statement into a revision of its own with the header '-- transactional: false'."),

	CLIENT_COMMAND("client-command", Category.CLIENT_ONLY, Severity.ERROR, Rule.ALL,
			"Remove the client command: Retort sends SQL to the server over JDBC. Replace \\connect with a separate"
					+ " location or database, \\set with placeholders, \\i with a separate revision.");

	// bits rather than sets of dialects: no holder class and no sets to build when the start-up lint loads this

	private static final int H2_BIT = 1;

	private static final int POSTGRESQL_BIT = 2;

	private static final int MARIADB_BIT = 4;

	private static final int POSTGRESQL_ONLY = POSTGRESQL_BIT;

	private static final int MARIADB_ONLY = MARIADB_BIT;

	private static final int POSTGRESQL_MARIADB = POSTGRESQL_BIT | MARIADB_BIT;

	private static final int ALL = H2_BIT | POSTGRESQL_BIT | MARIADB_BIT;

	private final String id;

	private final Category category;

	private final Severity severity;

	/** The databases it applies to, one bit each ({@link #bit(Dialect)}). */
	private final int dialects;

	private final String fix;

	Rule(String id, Category category, Severity severity, int dialects, String fix) {
		this.id = id;
		this.category = category;
		this.severity = severity;
		this.dialects = dialects;
		this.fix = fix;
	}

	public String id() {
		return this.id;
	}

	public Category category() {
		return this.category;
	}

	public Severity severity() {
		return this.severity;
	}

	public boolean appliesTo(Dialect dialect) {
		return (this.dialects & bit(dialect)) != 0;
	}

	public String fix() {
		return this.fix;
	}

	private static int bit(Dialect dialect) {
		return (dialect == Dialect.H2) ? H2_BIT : (dialect == Dialect.POSTGRESQL) ? POSTGRESQL_BIT : MARIADB_BIT;
	}

}
