package dev.retort.core.api.migration;

/**
 * The kind of constraint {@link Operations#dropConstraint} drops. MariaDB and MySQL need it: each
 * kind has its own {@code ALTER TABLE ... DROP} clause there.
 *
 * @since 0.1.0
 */
public enum ConstraintType {

	/** A foreign key. */
	FOREIGN_KEY,
	/** A unique constraint. */
	UNIQUE,
	/** A check constraint. */
	CHECK,
	/** The primary key. */
	PRIMARY_KEY

}
