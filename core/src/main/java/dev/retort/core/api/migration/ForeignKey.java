package dev.retort.core.api.migration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A foreign key for {@link Operations#createForeignKey(ForeignKey)}. Every method returns a new
 * foreign key.
 *
 * <pre class="code">
 * op.createForeignKey(ForeignKey.named("fk_orders_user")
 *         .from("orders", "user_id")
 *         .references("users", "id")
 *         .onDelete(ForeignKey.Action.CASCADE));
 * </pre>
 *
 * @since 0.1.0
 */
public final class ForeignKey {

	/**
	 * What happens to referencing rows when the referenced row is deleted or its key updated.
	 *
	 * @since 0.1.0
	 */
	public enum Action {

		/** Delete or update the referencing rows too. */
		CASCADE("CASCADE"),
		/** Set the referencing columns to {@code NULL}. */
		SET_NULL("SET NULL"),
		/** Set the referencing columns to their defaults. */
		SET_DEFAULT("SET DEFAULT"),
		/** Refuse at once. */
		RESTRICT("RESTRICT"),
		/** Refuse (at the end of the statement). */
		NO_ACTION("NO ACTION");

		private final String sql;

		Action(String sql) {
			this.sql = sql;
		}

		/**
		 * The SQL words.
		 * @return for example {@code SET NULL}
		 */
		public String sql() {
			return this.sql;
		}

	}

	private final String name;

	private final String table;

	private final List<String> columns;

	private final String referencedTable;

	private final List<String> referencedColumns;

	private final @Nullable Action onDelete;

	private final @Nullable Action onUpdate;

	private ForeignKey(String name, String table, List<String> columns, String referencedTable,
			List<String> referencedColumns, @Nullable Action onDelete, @Nullable Action onUpdate) {
		this.name = name;
		this.table = table;
		this.columns = columns;
		this.referencedTable = referencedTable;
		this.referencedColumns = referencedColumns;
		this.onDelete = onDelete;
		this.onUpdate = onUpdate;
	}

	/**
	 * A foreign key with a name; continue with {@link #from} and {@link #references}.
	 * @param name the constraint name
	 * @return the foreign key
	 */
	public static ForeignKey named(String name) {
		Objects.requireNonNull(name, "'name' must not be null");
		return new ForeignKey(name, "", List.of(), "", List.of(), null, null);
	}

	/**
	 * This foreign key, on the given referencing table and columns.
	 * @param table the referencing table
	 * @param columns its columns
	 * @return the new foreign key
	 */
	public ForeignKey from(String table, String... columns) {
		Objects.requireNonNull(table, "'table' must not be null");
		return new ForeignKey(this.name, table, List.of(columns), this.referencedTable, this.referencedColumns,
				this.onDelete, this.onUpdate);
	}

	/**
	 * This foreign key, referencing the given table and columns.
	 * @param table the referenced table
	 * @param columns its columns, usually its primary key
	 * @return the new foreign key
	 */
	public ForeignKey references(String table, String... columns) {
		Objects.requireNonNull(table, "'table' must not be null");
		return new ForeignKey(this.name, this.table, this.columns, table, List.of(columns), this.onDelete,
				this.onUpdate);
	}

	/**
	 * This foreign key with an {@code ON DELETE} action.
	 * @param action the action
	 * @return the new foreign key
	 */
	public ForeignKey onDelete(Action action) {
		return new ForeignKey(this.name, this.table, this.columns, this.referencedTable, this.referencedColumns,
				Objects.requireNonNull(action, "'action' must not be null"), this.onUpdate);
	}

	/**
	 * This foreign key with an {@code ON UPDATE} action.
	 * @param action the action
	 * @return the new foreign key
	 */
	public ForeignKey onUpdate(Action action) {
		return new ForeignKey(this.name, this.table, this.columns, this.referencedTable, this.referencedColumns,
				this.onDelete, Objects.requireNonNull(action, "'action' must not be null"));
	}

	/**
	 * The constraint name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The referencing table.
	 * @return the table
	 */
	public String table() {
		return this.table;
	}

	/**
	 * The referencing columns.
	 * @return the columns
	 */
	public List<String> columns() {
		return this.columns;
	}

	/**
	 * The referenced table.
	 * @return the table
	 */
	public String referencedTable() {
		return this.referencedTable;
	}

	/**
	 * The referenced columns.
	 * @return the columns
	 */
	public List<String> referencedColumns() {
		return this.referencedColumns;
	}

	/**
	 * The {@code ON DELETE} action.
	 * @return the action; empty for the database's default
	 */
	public Optional<Action> deleteAction() {
		return Optional.ofNullable(this.onDelete);
	}

	/**
	 * The {@code ON UPDATE} action.
	 * @return the action; empty for the database's default
	 */
	public Optional<Action> updateAction() {
		return Optional.ofNullable(this.onUpdate);
	}

	@Override
	public String toString() {
		return this.name + " " + this.table + this.columns + " -> " + this.referencedTable + this.referencedColumns;
	}

}
