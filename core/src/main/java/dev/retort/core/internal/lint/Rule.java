package dev.retort.core.internal.lint;

import java.util.Set;

import dev.retort.core.internal.db.Dialect;
import dev.retort.core.lint.Category;
import dev.retort.core.lint.Severity;

/**
 * Every lint rule: its id, category, severity, the databases it applies to and the safe pattern.
 * docs/lint.md describes each one (a test keeps the two in step).
 */
public enum Rule {

	INDEX_WITHOUT_CONCURRENTLY("index-without-concurrently", Category.BLOCKING_LOCK, Severity.WARNING, Dialects.POSTGRESQL,
			"Build the index with CREATE INDEX CONCURRENTLY in a revision of its own marked '-- transactional: false'."),

	DROP_INDEX_WITHOUT_CONCURRENTLY("drop-index-without-concurrently", Category.BLOCKING_LOCK, Severity.WARNING,
			Dialects.POSTGRESQL, "Drop the index with DROP INDEX CONCURRENTLY in a revision marked '-- transactional: false'."),

	FOREIGN_KEY_WITHOUT_NOT_VALID("foreign-key-without-not-valid", Category.BLOCKING_LOCK, Severity.WARNING, Dialects.POSTGRESQL,
			"Add the constraint with NOT VALID now and run ALTER TABLE ... VALIDATE CONSTRAINT in the next revision."),

	CHECK_WITHOUT_NOT_VALID("check-without-not-valid", Category.BLOCKING_LOCK, Severity.WARNING, Dialects.POSTGRESQL,
			"Add the constraint with NOT VALID now and run ALTER TABLE ... VALIDATE CONSTRAINT in the next revision."),

	SET_NOT_NULL("set-not-null", Category.BLOCKING_LOCK, Severity.WARNING, Dialects.POSTGRESQL,
			"Add CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in the next revision, then SET NOT NULL"
					+ " (PostgreSQL 12+ skips the scan) and drop the check."),

	ADD_UNIQUE_CONSTRAINT("add-unique-constraint", Category.BLOCKING_LOCK, Severity.WARNING, Dialects.POSTGRESQL,
			"Build a unique index with CREATE UNIQUE INDEX CONCURRENTLY (a '-- transactional: false' revision), then"
					+ " ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX (or PRIMARY KEY USING INDEX)."),

	ALTER_COLUMN_TYPE("alter-column-type", Category.TABLE_REWRITE, Severity.WARNING, Dialects.POSTGRESQL,
			"Expand and contract: add a column of the new type, fill it in batches, switch the code to it, drop the old"
					+ " column in a later release. Widening varchar(n) or changing varchar to text needs no rewrite."),

	VOLATILE_DEFAULT("volatile-default", Category.TABLE_REWRITE, Severity.WARNING, Dialects.POSTGRESQL,
			"Add the column without default (or with a constant one), SET DEFAULT afterwards, and fill existing rows in"
					+ " batches."),

	STORED_GENERATED_COLUMN("stored-generated-column", Category.TABLE_REWRITE, Severity.WARNING, Dialects.POSTGRESQL,
			"Add a plain column, fill it in batches and keep it up to date with a trigger, or compute the value in a"
					+ " view."),

	COPY_ALGORITHM("copy-algorithm", Category.TABLE_REWRITE, Severity.WARNING, Dialects.MARIADB,
			"State ALGORITHM=INSTANT (or NOCOPY, INPLACE) and LOCK=NONE so MariaDB refuses the change instead of copying"
					+ " the table; for a change that needs the copy, use an online schema change tool or expand and"
					+ " contract."),

	LOCKING_ALTER("locking-alter", Category.BLOCKING_LOCK, Severity.WARNING, Dialects.MARIADB,
			"Use LOCK=NONE (or leave LOCK out) so the change runs online; FULLTEXT and SPATIAL indexes always block"
					+ " writes: build them in a quiet hour or on a copy."),

	DROP_TABLE("drop-table", Category.DESTRUCTIVE, Severity.WARNING, Dialects.ALL,
			"Stop using the table in a release first; drop it in a later revision once no running code reads it, with"
					+ " a backup."),

	DROP_COLUMN("drop-column", Category.DESTRUCTIVE, Severity.WARNING, Dialects.ALL,
			"Stop reading and writing the column in a release first (for JPA, remove the field), then drop it in a"
					+ " later revision."),

	TRUNCATE("truncate", Category.DESTRUCTIVE, Severity.WARNING, Dialects.ALL,
			"Delete the rows in batches with a WHERE clause, or say why with a retort:lint-ignore comment."),

	DELETE_WITHOUT_WHERE("delete-without-where", Category.DESTRUCTIVE, Severity.WARNING, Dialects.ALL,
			"Add a WHERE clause naming the rows to delete (in batches on large tables)."),

	RENAME_TABLE("rename-table", Category.BACKWARD_INCOMPATIBLE, Severity.WARNING, Dialects.ALL,
			"Expand and contract: create the new table (or a view under the new name), write to both, move the"
					+ " readers, and drop the old name in a later release."),

	RENAME_COLUMN("rename-column", Category.BACKWARD_INCOMPATIBLE, Severity.WARNING, Dialects.ALL,
			"Expand and contract: add the new column, write to both, backfill, move the readers, drop the old column"
					+ " in a later release."),

	NOT_NULL_WITHOUT_DEFAULT("not-null-without-default", Category.DATA_DEPENDENT, Severity.WARNING, Dialects.POSTGRESQL,
			"Add the column with a DEFAULT, or add it nullable, backfill it, then make it NOT NULL."),

	NARROWING_TYPE("narrowing-type", Category.DATA_DEPENDENT, Severity.WARNING, Dialects.POSTGRESQL_MARIADB,
			"Check that every existing value fits first, or add a column of the new type and copy the values that"
					+ " fit; MariaDB without strict mode truncates silently."),

	UNIQUE_ON_EXISTING_DATA("unique-on-existing-data", Category.DATA_DEPENDENT, Severity.WARNING,
			Dialects.POSTGRESQL_MARIADB,
			"Find and resolve duplicates first (SELECT ... GROUP BY ... HAVING count(*) > 1); on PostgreSQL build the"
					+ " index CONCURRENTLY and drop it if it ends INVALID."),

	NON_TRANSACTIONAL_STATEMENT("non-transactional-statement", Category.NON_TRANSACTIONAL, Severity.ERROR, Dialects.POSTGRESQL,
			"Move the statement into a revision of its own with the header '-- transactional: false'."),

	CLIENT_COMMAND("client-command", Category.CLIENT_ONLY, Severity.ERROR, Dialects.ALL,
			"Remove the client command: Retort sends SQL to the server over JDBC. Replace \\connect with a separate"
					+ " location or database, \\set with placeholders, \\i with a separate revision.");

	private final String id;

	private final Category category;

	private final Severity severity;

	private final Set<Dialect> dialects;

	private final String fix;

	Rule(String id, Category category, Severity severity, Set<Dialect> dialects, String fix) {
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
		return this.dialects.contains(dialect);
	}

	public String fix() {
		return this.fix;
	}

	/** Holder, so the constants above can name these sets before the enum's own statics exist. */
	private static final class Dialects {

		static final Set<Dialect> ALL = Set.of(Dialect.H2, Dialect.POSTGRESQL, Dialect.MARIADB);

		static final Set<Dialect> POSTGRESQL = Set.of(Dialect.POSTGRESQL);

		static final Set<Dialect> MARIADB = Set.of(Dialect.MARIADB);

		static final Set<Dialect> POSTGRESQL_MARIADB = Set.of(Dialect.POSTGRESQL, Dialect.MARIADB);

	}

}
