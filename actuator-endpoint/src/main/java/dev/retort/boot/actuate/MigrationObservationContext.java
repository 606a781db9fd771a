package dev.retort.boot.actuate;

import java.util.Objects;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import dev.retort.core.api.MigrationResult;

/**
 * What the {@code retort.migrate} observation knows about one migration run: the operation, the
 * target and, once the run has finished, its result.
 *
 * @since 0.1.0
 */
public final class MigrationObservationContext extends Observation.Context {

	private final String operation;

	private final String target;

	private @Nullable MigrationResult result;

	/**
	 * Create a context.
	 * @param operation {@code upgrade}, {@code downgrade} or {@code startup} (whatever the startup
	 * {@code MigrationStrategy} does)
	 * @param target the target of the run
	 */
	public MigrationObservationContext(String operation, String target) {
		this.operation = Objects.requireNonNull(operation, "'operation' must not be null");
		this.target = Objects.requireNonNull(target, "'target' must not be null");
	}

	/**
	 * @return {@code upgrade}, {@code downgrade} or {@code startup}
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * @return the target of the run
	 */
	public String getTarget() {
		return this.target;
	}

	/**
	 * @return what ran, or {@code null} while running, after a failure, or when the startup strategy
	 * returned no result
	 */
	public @Nullable MigrationResult getResult() {
		return this.result;
	}

	void setResult(@Nullable MigrationResult result) {
		this.result = result;
	}

}
