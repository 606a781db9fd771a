package dev.retort.core.autogenerate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of a {@link SchemaModel}.
 *
 * @param name the table name as the database or the mapping spells it
 * @param columns the columns in table order
 * @param primaryKey the primary key's columns in key order; empty without one
 * @param indexes the indexes that are not unique constraints
 * @param uniques the unique constraints
 * @param foreignKeys the foreign keys
 * @param checks the check constraints
 * @param comment the table's comment; empty without one
 * @since 0.1.0
 */
public record TableModel(String name, List<ColumnModel> columns, List<String> primaryKey, List<IndexModel> indexes,
		List<UniqueModel> uniques, List<ForeignKeyModel> foreignKeys, List<CheckModel> checks,
		Optional<String> comment) {

	public TableModel {
		Objects.requireNonNull(name, "'name' must not be null");
		columns = List.copyOf(columns);
		primaryKey = List.copyOf(primaryKey);
		indexes = List.copyOf(indexes);
		uniques = List.copyOf(uniques);
		foreignKeys = List.copyOf(foreignKeys);
		checks = List.copyOf(checks);
		Objects.requireNonNull(comment, "'comment' must not be null");
	}

	/**
	 * A table without check constraints and comment.
	 * @param name the table name
	 * @param columns the columns in table order
	 * @param primaryKey the primary key's columns in key order
	 * @param indexes the indexes
	 * @param uniques the unique constraints
	 * @param foreignKeys the foreign keys
	 */
	public TableModel(String name, List<ColumnModel> columns, List<String> primaryKey, List<IndexModel> indexes,
			List<UniqueModel> uniques, List<ForeignKeyModel> foreignKeys) {
		this(name, columns, primaryKey, indexes, uniques, foreignKeys, List.of(), Optional.empty());
	}

	/**
	 * This table without its foreign keys; autogenerate adds and drops those on their own.
	 * @return the copy
	 */
	public TableModel withoutForeignKeys() {
		return new TableModel(this.name, this.columns, this.primaryKey, this.indexes, this.uniques, List.of(),
				this.checks, this.comment);
	}

}
