package dev.retort.boot.actuate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Step;

/**
 * Remembers the revisions that failed in this process until they run successfully. A revision
 * that fails inside a transaction leaves no trace in the database (its history row is rolled back
 * with it), so the {@code migrations} endpoint and health indicator learn about it here.
 *
 * <p>Registered as a bean, it hears every engine Spring Boot configures; failures are keyed by
 * revision id.
 *
 * @since 0.1.0
 */
public class MigrationFailures implements MigrationListener {

	private final Map<String, Failure> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	/**
	 * Create an empty record of failures.
	 */
	public MigrationFailures() {
		this(Clock.systemUTC());
	}

	MigrationFailures(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void stepFinished(AppliedStep step) {
		this.failures.remove(step.step().revision().id());
	}

	@Override
	public void stepFailed(Step step, RetortException failure) {
		String revision = step.revision().id();
		this.failures.put(revision, new Failure(revision, step.operation().label(), failure.code(),
				String.valueOf(failure.getMessage()), this.clock.instant()));
	}

	/**
	 * The last failure of a revision, unless it ran successfully since.
	 * @param revision the exact revision id
	 * @return the failure, or empty
	 */
	public Optional<Failure> find(String revision) {
		return Optional.ofNullable(this.failures.get(revision));
	}

	/**
	 * Every remembered failure, oldest first.
	 * @return the failures
	 */
	public List<Failure> all() {
		return this.failures.values().stream().sorted((a, b) -> a.failedAt().compareTo(b.failedAt())).toList();
	}

	/**
	 * One failed step.
	 *
	 * @param revision the revision id
	 * @param operation {@code upgrade} or {@code downgrade}
	 * @param code the kind of failure
	 * @param message the engine's message, naming the statement and the fix
	 * @param failedAt when it failed
	 */
	public record Failure(String revision, String operation, ErrorCode code, String message, Instant failedAt) {

	}

}
