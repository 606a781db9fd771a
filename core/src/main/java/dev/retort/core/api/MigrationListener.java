package dev.retort.core.api;

import java.time.Duration;
import java.util.List;

import dev.retort.core.graph.Step;

/**
 * Hears what the engine does while it migrates, so callers can print progress (the CLI's
 * {@code Running upgrade a -> b} lines) or record metrics. The engine itself never prints.
 * Every method has an empty default.
 *
 * <p>A step's {@code stepStarting} and its {@code stepFinished} or {@code stepFailed} are called on
 * the thread that runs the step. With tenants (see {@link Tenants}) one listener hears several
 * tenants at once, each on its own thread, and they may run the same step.
 *
 * @since 0.1.0
 */
public interface MigrationListener {

	/**
	 * Another process holds the migration lock and this one waits for it.
	 * @param holder who holds the lock, as far as the database tells (for example a PID and host)
	 * @param timeout how long this process will wait before giving up
	 */
	default void lockWaiting(String holder, Duration timeout) {
	}

	/**
	 * Something the user should know about the run as a whole, for example that the database cannot
	 * keep a run in one transaction as {@code transaction-per-migration=false} asks.
	 * @param message one sentence or two
	 */
	default void notice(String message) {
	}

	/**
	 * A step is about to run.
	 * @param step the step
	 */
	default void stepStarting(Step step) {
	}

	/**
	 * A step ran and its version and history rows are written.
	 * @param step the step and how long it took
	 */
	default void stepFinished(AppliedStep step) {
	}

	/**
	 * A step failed; the exception that follows says what was left behind.
	 * @param step the step
	 * @param failure the failure
	 */
	default void stepFailed(Step step, RetortException failure) {
	}

	/**
	 * One listener that hands every event to {@code listeners}, in order.
	 * @param listeners the listeners
	 * @return the composite, or the only listener when there is one
	 */
	static MigrationListener composite(List<MigrationListener> listeners) {
		return (listeners.size() == 1) ? listeners.get(0) : new CompositeMigrationListener(listeners);
	}

}
