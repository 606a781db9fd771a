package dev.retort.core.autogenerate;

import java.util.Objects;

/**
 * A sequence of a {@link SchemaModel}. Sequences are compared by name only.
 *
 * @param name the sequence name
 * @param start the first value
 * @param increment the step between values
 * @since 0.1.0
 */
public record SequenceModel(String name, long start, long increment) {

	public SequenceModel {
		Objects.requireNonNull(name, "'name' must not be null");
	}

}
