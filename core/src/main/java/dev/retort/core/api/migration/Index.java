package dev.retort.core.api.migration;

import java.util.List;
import java.util.Objects;

/**
 * An index for {@link Operations#createIndex(Index)}. Every method returns a new index.
 *
 * <pre class="code">
 * op.createIndex(Index.named("ix_users_email").on("users", "email").unique().concurrently());
 * </pre>
 *
 * @since 0.1.0
 */
public final class Index {

	private final String name;

	private final String table;

	private final List<String> columns;

	private final boolean unique;

	private final boolean concurrently;

	private Index(String name, String table, List<String> columns, boolean unique, boolean concurrently) {
		this.name = name;
		this.table = table;
		this.columns = columns;
		this.unique = unique;
		this.concurrently = concurrently;
	}

	/**
	 * An index with a name; give it a table and columns with {@link #on(String, String...)}.
	 * @param name the index name
	 * @return the index
	 */
	public static Index named(String name) {
		Objects.requireNonNull(name, "'name' must not be null");
		return new Index(name, "", List.of(), false, false);
	}

	/**
	 * This index, on the given table and columns.
	 * @param table the table
	 * @param columns the columns, in index order; at least one
	 * @return the new index
	 */
	public Index on(String table, String... columns) {
		Objects.requireNonNull(table, "'table' must not be null");
		if (columns.length == 0) {
			throw new IllegalArgumentException("Index " + this.name + " needs at least one column");
		}
		return new Index(this.name, table, List.of(columns), this.unique, this.concurrently);
	}

	/**
	 * This index, unique.
	 * @return the new index
	 */
	public Index unique() {
		return new Index(this.name, this.table, this.columns, true, this.concurrently);
	}

	/**
	 * This index, built without locking out writes: {@code CREATE INDEX CONCURRENTLY} on
	 * PostgreSQL, which cannot run in a transaction, so the revision must say
	 * {@code @Revision(transactional = false)}. Other databases ignore it.
	 * @return the new index
	 */
	public Index concurrently() {
		return new Index(this.name, this.table, this.columns, this.unique, true);
	}

	/**
	 * The name.
	 * @return the index name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The table.
	 * @return the table; empty until {@link #on(String, String...)}
	 */
	public String table() {
		return this.table;
	}

	/**
	 * The columns.
	 * @return the columns, in index order
	 */
	public List<String> columns() {
		return this.columns;
	}

	/**
	 * Whether the index is unique.
	 * @return {@code true} after {@link #unique()}
	 */
	public boolean isUnique() {
		return this.unique;
	}

	/**
	 * Whether the index is built concurrently where supported.
	 * @return {@code true} after {@link #concurrently()}
	 */
	public boolean isConcurrently() {
		return this.concurrently;
	}

	@Override
	public String toString() {
		return this.name + " on " + this.table + this.columns + (this.unique ? " unique" : "");
	}

}
