package dev.retort.boot.autoconfigure;

import dev.retort.core.api.Retort;

/**
 * What to do with the database on startup, in place of the default upgrade to
 * {@code migrate.target}. Define one bean of this type to, for example, only validate checksums:
 *
 * <pre>{@code
 * @Bean
 * MigrationStrategy validateOnly() {
 *     return (retort) -> retort.validate();
 * }
 * }</pre>
 *
 * Not called when {@code migrate.auto-run=false}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MigrationStrategy {

	/**
	 * Migrate the database.
	 * @param retort the configured engine
	 */
	void migrate(Retort retort);

}
