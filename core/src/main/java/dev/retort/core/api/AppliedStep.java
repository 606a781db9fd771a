package dev.retort.core.api;

import java.time.Duration;
import java.util.Objects;

import dev.retort.core.graph.Step;

/**
 * A step that ran.
 *
 * @param step what ran
 * @param duration how long it took, statements and bookkeeping included
 * @since 0.1.0
 */
public record AppliedStep(Step step, Duration duration) {

	public AppliedStep {
		Objects.requireNonNull(step, "'step' must not be null");
		Objects.requireNonNull(duration, "'duration' must not be null");
	}

}
