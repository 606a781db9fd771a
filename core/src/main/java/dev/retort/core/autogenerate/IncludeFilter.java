package dev.retort.core.autogenerate;

/**
 * Decides which schema objects autogenerate looks at, as Alembic's {@code include_object} hook.
 * Objects it rejects are neither added, dropped nor altered.
 *
 * <pre class="code">
 * IncludeFilter skipAudit = (type, name, table, reflected) -&gt; !name.startsWith("audit_");
 * </pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface IncludeFilter {

	/** Includes everything. */
	IncludeFilter ALL = (type, name, table, reflected) -> true;

	/**
	 * The kinds of object the filter is asked about.
	 */
	enum ObjectType {

		/** A table. */
		TABLE,
		/** A column; {@code table} names its table. */
		COLUMN,
		/** A non-unique or unique index; {@code table} names its table. */
		INDEX,
		/** A unique constraint; {@code table} names its table. */
		UNIQUE_CONSTRAINT,
		/** A foreign key; {@code table} names its table. */
		FOREIGN_KEY,
		/** A sequence; {@code table} is empty. */
		SEQUENCE

	}

	/**
	 * Whether to compare one object.
	 * @param type the kind of object
	 * @param name its name
	 * @param table the table it belongs to; empty for tables and sequences
	 * @param reflected {@code true} when the object comes from the database, {@code false} when it
	 * comes from the model
	 * @return whether to include it
	 */
	boolean include(ObjectType type, String name, String table, boolean reflected);

}
