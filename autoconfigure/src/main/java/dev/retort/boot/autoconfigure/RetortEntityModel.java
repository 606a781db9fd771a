package dev.retort.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import dev.retort.core.autogenerate.ModelSource;

/**
 * The application's entity model, for {@code java -jar app.jar migrate revision --autogenerate} and
 * {@code migrate check}. Declare a bean of your own to compare against another model.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RetortEntityModel {

	/** No entity model: autogenerate then scans compiled classes as the CLI does. */
	RetortEntityModel NONE = () -> null;

	/**
	 * The model, resolved when a command needs it.
	 * @return the model source, or {@code null} when the application has none
	 */
	@Nullable ModelSource source();

}
