package dev.retort.boot.actuate;

import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import dev.retort.core.api.MigrationResult;

/**
 * Runs each migration inside the Micrometer {@code Observation} {@value #OBSERVATION_NAME}, named
 * and keyed by a {@link MigrationObservationConvention} ({@link DefaultMigrationObservationConvention}
 * unless one is given).
 *
 * @since 0.1.0
 */
public class ObservationMigrationInterceptor implements MigrationInterceptor {

	/** The observation's name under the default convention. */
	public static final String OBSERVATION_NAME = DefaultMigrationObservationConvention.NAME;

	private static final MigrationObservationConvention DEFAULT_CONVENTION = new DefaultMigrationObservationConvention();

	private final ObservationRegistry registry;

	private final @Nullable MigrationObservationConvention convention;

	/**
	 * Create an interceptor with the default convention.
	 * @param registry the registry
	 */
	public ObservationMigrationInterceptor(ObservationRegistry registry) {
		this(registry, null);
	}

	/**
	 * Create an interceptor.
	 * @param registry the registry
	 * @param convention the convention, or {@code null} for the default
	 */
	public ObservationMigrationInterceptor(ObservationRegistry registry,
			@Nullable MigrationObservationConvention convention) {
		this.registry = registry;
		this.convention = convention;
	}

	@Override
	public MigrationResult intercept(String operation, String target, Supplier<MigrationResult> migration) {
		MigrationObservationContext context = new MigrationObservationContext(operation, target);
		Observation observation = Observation
			.createNotStarted(this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
			.start();
		try (Observation.Scope scope = observation.openScope()) {
			MigrationResult result = migration.get();
			context.setResult(result);
			return result;
		}
		catch (RuntimeException | Error ex) {
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

}
