package dev.retort.boot.actuate;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of the {@code retort.migrate} observation. Define a bean of this type to
 * replace {@link DefaultMigrationObservationConvention}, or extend that class to add keys:
 *
 * <pre>{@code
 * @Bean
 * MigrationObservationConvention migrationObservationConvention() {
 *     return new DefaultMigrationObservationConvention() {
 *         @Override
 *         public KeyValues getLowCardinalityKeyValues(MigrationObservationContext context) {
 *             return super.getLowCardinalityKeyValues(context).and("service", "billing");
 *         }
 *     };
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface MigrationObservationConvention extends ObservationConvention<MigrationObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof MigrationObservationContext;
	}

}
