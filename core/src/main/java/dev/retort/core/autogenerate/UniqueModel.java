package dev.retort.core.autogenerate;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint of a {@link TableModel}.
 *
 * @param name the constraint name
 * @param columns the columns in constraint order
 * @since 0.1.0
 */
public record UniqueModel(String name, List<String> columns) {

	public UniqueModel {
		Objects.requireNonNull(name, "'name' must not be null");
		columns = List.copyOf(columns);
	}

}
