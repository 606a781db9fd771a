package dev.retort.core.autogenerate;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a {@link TableModel}.
 *
 * @param name the column name
 * @param type the SQL type as the database or the mapping writes it, for example
 * {@code varchar(255)}, {@code character varying(255)} or {@code int4}; autogenerate compares
 * types after normalizing such spellings
 * @param nullable whether the column accepts {@code NULL}
 * @param defaultValue the server default as an SQL expression; empty without one
 * @param autoIncrement whether the database generates the value (identity, serial,
 * {@code AUTO_INCREMENT})
 * @param comment the column's comment ({@code @Comment}); empty without one
 * @since 0.1.0
 */
public record ColumnModel(String name, String type, boolean nullable, Optional<String> defaultValue,
		boolean autoIncrement, Optional<String> comment) {

	public ColumnModel {
		Objects.requireNonNull(name, "'name' must not be null");
		Objects.requireNonNull(type, "'type' must not be null");
		Objects.requireNonNull(defaultValue, "'defaultValue' must not be null");
		Objects.requireNonNull(comment, "'comment' must not be null");
	}

	/**
	 * A column without comment.
	 * @param name the name
	 * @param type the SQL type
	 * @param nullable whether it accepts {@code NULL}
	 * @param defaultValue the server default; empty without one
	 * @param autoIncrement whether the database generates the value
	 */
	public ColumnModel(String name, String type, boolean nullable, Optional<String> defaultValue,
			boolean autoIncrement) {
		this(name, type, nullable, defaultValue, autoIncrement, Optional.empty());
	}

	/**
	 * A column without default that the database does not generate.
	 * @param name the name
	 * @param type the SQL type
	 * @param nullable whether it accepts {@code NULL}
	 * @return the column
	 */
	public static ColumnModel of(String name, String type, boolean nullable) {
		return new ColumnModel(name, type, nullable, Optional.empty(), false);
	}

}
