package dev.retort.core.autogenerate;

/**
 * Where the wanted schema comes from; {@code retort-hibernate} builds it from JPA entities.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ModelSource {

	/**
	 * Build the model for a database.
	 * @param target the connected database
	 * @return the model
	 */
	SchemaModel load(DatabaseTarget target);

}
