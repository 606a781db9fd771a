package dev.retort.core.autogenerate;

import java.util.List;
import java.util.Objects;

/**
 * An index of a {@link TableModel}. Unique constraints are {@link UniqueModel}s; a unique index
 * and a unique constraint on the same columns count as the same thing when comparing.
 *
 * @param name the index name
 * @param columns the columns in index order
 * @param unique whether the index is unique
 * @since 0.1.0
 */
public record IndexModel(String name, List<String> columns, boolean unique) {

	public IndexModel {
		Objects.requireNonNull(name, "'name' must not be null");
		columns = List.copyOf(columns);
	}

}
