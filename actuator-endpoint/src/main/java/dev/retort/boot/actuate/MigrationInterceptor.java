package dev.retort.boot.actuate;

import java.util.function.Supplier;

import dev.retort.core.api.MigrationResult;

/**
 * Wraps each upgrade or downgrade that Spring Boot starts, on startup or through the
 * {@code migrations} endpoint. The metrics auto-configuration defines one that runs the migration
 * inside a Micrometer {@code Observation}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MigrationInterceptor {

	/**
	 * Run a migration.
	 * @param operation {@code upgrade} or {@code downgrade}
	 * @param target the target it migrates to
	 * @param migration runs the migration
	 * @return what ran
	 */
	MigrationResult intercept(String operation, String target, Supplier<MigrationResult> migration);

	/**
	 * An interceptor that only runs the migration.
	 * @return the interceptor
	 */
	static MigrationInterceptor none() {
		return (operation, target, migration) -> migration.get();
	}

}
