package dev.retort.core.autogenerate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A foreign key of a {@link TableModel}.
 *
 * @param name the constraint name
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the order of {@code columns}
 * @param onDelete the {@code ON DELETE} action, such as {@code CASCADE} or {@code SET NULL}; empty
 * for the database's default ({@code NO ACTION})
 * @since 0.1.0
 */
public record ForeignKeyModel(String name, List<String> columns, String referencedTable,
		List<String> referencedColumns, Optional<String> onDelete) {

	public ForeignKeyModel {
		Objects.requireNonNull(name, "'name' must not be null");
		columns = List.copyOf(columns);
		Objects.requireNonNull(referencedTable, "'referencedTable' must not be null");
		referencedColumns = List.copyOf(referencedColumns);
		Objects.requireNonNull(onDelete, "'onDelete' must not be null");
	}

	/**
	 * A foreign key with the database's default {@code ON DELETE} action.
	 * @param name the constraint name
	 * @param columns the referencing columns
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns
	 */
	public ForeignKeyModel(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
		this(name, columns, referencedTable, referencedColumns, Optional.empty());
	}

}
