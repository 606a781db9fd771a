package dev.retort.core.autogenerate;

import java.util.Objects;

/**
 * A check constraint of a {@link TableModel}, such as the one Hibernate writes for an enum stored
 * as text or one declared with {@code @Check}.
 *
 * @param name the constraint name; for a check the mapping leaves unnamed, the name the database
 * gives it
 * @param expression the condition as the mapping writes it, for example
 * {@code status in ('NEW','PAID')}
 * @since 0.1.0
 */
public record CheckModel(String name, String expression) {

	public CheckModel {
		Objects.requireNonNull(name, "'name' must not be null");
		Objects.requireNonNull(expression, "'expression' must not be null");
	}

}
