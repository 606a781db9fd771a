package dev.retort.core.api.migration;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * What a Java revision ({@link dev.retort.core.api.Migration}) does to the schema, in terms every
 * supported database understands. Each call is rendered as SQL for the database at hand (through
 * Liquibase's SQL generators) and runs at once, in call order, so calls can be mixed with
 * {@link #jdbc()} code; offline ({@code upgrade --sql}) the SQL is written to the script instead.
 * Every method returns this object, so calls can be chained.
 *
 * <pre class="code">
 * op.createTable("users",
 *         Column.of("id", ColumnType.bigint()).primaryKey().autoIncrement(),
 *         Column.of("email", ColumnType.string(255)).notNull())
 *     .createIndex(Index.named("ix_users_email").on("users", "email").unique());
 * </pre>
 *
 * <p>Names are used as written: unquoted unless they are reserved words, so they follow each
 * database's case rules exactly as in an SQL revision file.
 *
 * <p><strong>Reversibility.</strong> When the revision does not override {@code downgrade}, these
 * operations are undone in reverse order: {@code createTable} by {@code dropTable},
 * {@code addColumn} by {@code dropColumn}, {@code createIndex} by {@code dropIndex},
 * {@code renameTable} and a renaming {@code alterColumn} by renaming back, {@code createSequence}
 * by {@code dropSequence}, and {@code createForeignKey}, {@code createUniqueConstraint},
 * {@code createCheckConstraint} and {@code addPrimaryKey} by {@code dropConstraint}. Every drop,
 * {@code execute}, {@code bulkInsert}, {@code jdbc()} and an {@code alterColumn} without the
 * {@code existing*} facts for what it changes make the revision irreversible.
 *
 * @since 0.1.0
 */
public interface Operations {

	/**
	 * {@code CREATE TABLE}.
	 * @param table the table name
	 * @param columns the columns, at least one
	 * @return these operations
	 */
	Operations createTable(String table, Column... columns);

	/**
	 * {@code DROP TABLE}.
	 * @param table the table name
	 * @return these operations
	 */
	Operations dropTable(String table);

	/**
	 * Rename a table.
	 * @param table the current name
	 * @param newName the new name
	 * @return these operations
	 */
	Operations renameTable(String table, String newName);

	/**
	 * {@code ALTER TABLE ... ADD} a column.
	 * @param table the table
	 * @param column the column
	 * @return these operations
	 */
	Operations addColumn(String table, Column column);

	/**
	 * {@code ALTER TABLE ... DROP COLUMN}.
	 * @param table the table
	 * @param column the column name
	 * @return these operations
	 */
	Operations dropColumn(String table, String column);

	/**
	 * Change a column's type, nullability, default or name. On MariaDB and MySQL the column is
	 * restated in full so that nothing is lost; see {@link ColumnChange}.
	 * @param table the table
	 * @param column the column's current name
	 * @param change what changes
	 * @return these operations
	 */
	Operations alterColumn(String table, String column, ColumnChange change);

	/**
	 * {@code CREATE INDEX}.
	 * @param name the index name
	 * @param table the table
	 * @param columns the columns, in index order
	 * @return these operations
	 */
	default Operations createIndex(String name, String table, String... columns) {
		return createIndex(Index.named(name).on(table, columns));
	}

	/**
	 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY]}.
	 * @param index the index
	 * @return these operations
	 */
	Operations createIndex(Index index);

	/**
	 * {@code DROP INDEX}.
	 * @param name the index name
	 * @param table the table (MariaDB and MySQL need it)
	 * @return these operations
	 */
	Operations dropIndex(String name, String table);

	/**
	 * {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY}.
	 * @param foreignKey the foreign key
	 * @return these operations
	 */
	Operations createForeignKey(ForeignKey foreignKey);

	/**
	 * {@code ALTER TABLE ... ADD CONSTRAINT ... UNIQUE}.
	 * @param name the constraint name
	 * @param table the table
	 * @param columns the columns
	 * @return these operations
	 */
	Operations createUniqueConstraint(String name, String table, String... columns);

	/**
	 * {@code ALTER TABLE ... ADD CONSTRAINT ... CHECK}.
	 * @param name the constraint name
	 * @param table the table
	 * @param condition the SQL condition, for example {@code price >= 0}
	 * @return these operations
	 */
	Operations createCheckConstraint(String name, String table, String condition);

	/**
	 * {@code ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY} (MariaDB ignores the name and calls
	 * it {@code PRIMARY}).
	 * @param name the constraint name
	 * @param table the table
	 * @param columns the columns
	 * @return these operations
	 */
	Operations addPrimaryKey(String name, String table, String... columns);

	/**
	 * Drop a constraint.
	 * @param name the constraint name
	 * @param table the table
	 * @param type the kind of constraint
	 * @return these operations
	 */
	Operations dropConstraint(String name, String table, ConstraintType type);

	/**
	 * {@code CREATE SEQUENCE} starting at 1.
	 * @param name the sequence name
	 * @return these operations
	 */
	default Operations createSequence(String name) {
		return createSequence(name, 1, 1);
	}

	/**
	 * {@code CREATE SEQUENCE}.
	 * @param name the sequence name
	 * @param start the first value
	 * @param increment the step between values
	 * @return these operations
	 */
	Operations createSequence(String name, long start, long increment);

	/**
	 * {@code DROP SEQUENCE}.
	 * @param name the sequence name
	 * @return these operations
	 */
	Operations dropSequence(String name);

	/**
	 * Run one SQL statement as written, on every database.
	 * @param sql the statement, without trailing delimiter
	 * @return these operations
	 */
	Operations execute(String sql);

	/**
	 * Insert rows, one {@code INSERT} per row. Values may be {@code null}, {@link String},
	 * {@link Number}, {@link Boolean}, {@link java.util.UUID}, {@link java.time.LocalDate} or
	 * {@link java.time.LocalDateTime}.
	 * @param table the table
	 * @param rows the rows, column name to value
	 * @return these operations
	 */
	Operations bulkInsert(String table, List<? extends Map<String, ?>> rows);

	/**
	 * The live connection, for anything the operations do not cover. Statements run on it belong
	 * to the revision's transaction; do not commit, roll back or close it. Not available offline
	 * ({@code upgrade --sql}): the call fails naming the revision.
	 * @return the connection
	 */
	Connection jdbc();


	/**
	 * Alembic's {@code context.get_x_argument(as_dictionary=True)}: the {@code -x key=value}
	 * arguments of the command line that runs this revision.
	 *
	 * <pre class="code">
	 * if ("true".equals(op.xArguments().get("seed"))) {
	 *     op.bulkInsert("users", List.of(Map.of("name", "admin")));
	 * }
	 * </pre>
	 *
	 * <p>A downgrade that Retort derives from {@code upgrade} is recorded without arguments: a
	 * revision whose operations depend on them should write its own {@code downgrade}.
	 * @return the arguments by key; empty when none were given
	 */
	default Map<String, String> xArguments() {
		return Map.of();
	}

}
