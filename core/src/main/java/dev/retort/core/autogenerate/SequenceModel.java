package dev.retort.core.autogenerate;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A sequence of a {@link SchemaModel}. Sequences are matched by name; their start and increment
 * are compared, and their cache where both sides state one.
 *
 * @param name the sequence name
 * @param start the first value
 * @param increment the step between values
 * @param cache how many values the database caches ({@code 0}: none, as Hibernate's MariaDB
 * {@code nocache}); empty when the database's default is meant, which is not compared
 * @since 0.1.0
 */
public record SequenceModel(String name, long start, long increment, OptionalLong cache) {

	public SequenceModel {
		Objects.requireNonNull(name, "'name' must not be null");
		Objects.requireNonNull(cache, "'cache' must not be null");
	}

	/**
	 * A sequence with the database's default cache.
	 * @param name the sequence name
	 * @param start the first value
	 * @param increment the step between values
	 */
	public SequenceModel(String name, long start, long increment) {
		this(name, start, increment, OptionalLong.empty());
	}

}
