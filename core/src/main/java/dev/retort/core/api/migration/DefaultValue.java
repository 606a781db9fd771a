package dev.retort.core.api.migration;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A column default: a literal value, an SQL expression, or none.
 *
 * @since 0.1.0
 */
public final class DefaultValue {

	private static final DefaultValue NONE = new DefaultValue(null, null);

	private final @Nullable Object value;

	private final @Nullable String expression;

	private DefaultValue(@Nullable Object value, @Nullable String expression) {
		this.value = value;
		this.expression = expression;
	}

	/**
	 * A literal default.
	 * @param value a {@link String}, {@link Number} or {@link Boolean}
	 * @return the default
	 */
	public static DefaultValue of(Object value) {
		Objects.requireNonNull(value, "'value' must not be null; use DefaultValue.none() for no default");
		if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
			throw new IllegalArgumentException("A default value must be a String, Number or Boolean, not "
					+ value.getClass().getName() + "; use DefaultValue.expression(sql) for anything else");
		}
		return new DefaultValue(value, null);
	}

	/**
	 * A default computed by the database.
	 * @param sql for example {@code CURRENT_TIMESTAMP}
	 * @return the default
	 */
	public static DefaultValue expression(String sql) {
		Objects.requireNonNull(sql, "'sql' must not be null");
		return new DefaultValue(null, sql.strip());
	}

	/**
	 * No default.
	 * @return the absence of a default
	 */
	public static DefaultValue none() {
		return NONE;
	}

	/**
	 * The literal value.
	 * @return the value; empty for an expression or none
	 */
	public Optional<Object> value() {
		return Optional.ofNullable(this.value);
	}

	/**
	 * The SQL expression.
	 * @return the expression; empty for a literal or none
	 */
	public Optional<String> expression() {
		return Optional.ofNullable(this.expression);
	}

	/**
	 * Whether this is {@link #none()}.
	 * @return {@code true} for no default
	 */
	public boolean isNone() {
		return this.value == null && this.expression == null;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof DefaultValue that) && Objects.equals(this.value, that.value)
				&& Objects.equals(this.expression, that.expression);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.value, this.expression);
	}

	@Override
	public String toString() {
		return isNone() ? "none" : (this.expression != null) ? "expression(" + this.expression + ")" : String.valueOf(this.value);
	}

}
