package dev.retort.core.autogenerate;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key of a {@link TableModel}.
 *
 * @param name the constraint name
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the order of {@code columns}
 * @since 0.1.0
 */
public record ForeignKeyModel(String name, List<String> columns, String referencedTable,
		List<String> referencedColumns) {

	public ForeignKeyModel {
		Objects.requireNonNull(name, "'name' must not be null");
		columns = List.copyOf(columns);
		Objects.requireNonNull(referencedTable, "'referencedTable' must not be null");
		referencedColumns = List.copyOf(referencedColumns);
	}

}
