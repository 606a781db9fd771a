package dev.retort.boot.actuate;

import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import dev.retort.core.api.MigrationResult;

/**
 * Runs each migration inside the Micrometer {@code Observation} {@value #OBSERVATION_NAME}, with
 * the low-cardinality keys {@code operation} and {@code target}; with Boot's default handlers
 * this yields a timer of the whole run and, with tracing, a span.
 *
 * @since 0.1.0
 */
public class ObservationMigrationInterceptor implements MigrationInterceptor {

	/** The observation's name. */
	public static final String OBSERVATION_NAME = "retort.migrate";

	private final ObservationRegistry registry;

	/**
	 * Create an interceptor.
	 * @param registry the registry
	 */
	public ObservationMigrationInterceptor(ObservationRegistry registry) {
		this.registry = registry;
	}

	@Override
	public MigrationResult intercept(String operation, String target, Supplier<MigrationResult> migration) {
		Observation observation = Observation.createNotStarted(OBSERVATION_NAME, this.registry)
			.contextualName("retort " + operation)
			.lowCardinalityKeyValue("operation", operation)
			.lowCardinalityKeyValue("target", target);
		return observation.observe(migration);
	}

}
