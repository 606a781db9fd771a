package dev.retort.core.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One tenant's part of a run over many tenants.
 *
 * @param tenant the tenant's name
 * @param outcome how it ended
 * @param value what the command returned, when it succeeded
 * @param failure what it threw, when it failed
 * @param duration how long it ran; zero when skipped
 * @param <T> what the command returns
 * @since 0.1.0
 */
public record TenantResult<T>(String tenant, TenantOutcome outcome, Optional<T> value,
		Optional<RuntimeException> failure, Duration duration) {

	public TenantResult {
		Objects.requireNonNull(tenant, "'tenant' must not be null");
		Objects.requireNonNull(outcome, "'outcome' must not be null");
		Objects.requireNonNull(value, "'value' must not be null");
		Objects.requireNonNull(failure, "'failure' must not be null");
		Objects.requireNonNull(duration, "'duration' must not be null");
	}

	/**
	 * The failure's message, for reports.
	 * @return the message, or empty when the tenant did not fail
	 */
	public Optional<String> failureMessage() {
		return this.failure.map((ex) -> (ex instanceof RetortException) ? String.valueOf(ex.getMessage())
				: ex.getClass().getSimpleName() + ": " + ex.getMessage());
	}

}
