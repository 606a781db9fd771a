package dev.retort.core.api;

import java.time.Duration;
import java.util.List;

import dev.retort.core.graph.Step;

/**
 * Hands every event to the listeners a {@link RetortBuilder} was given, in the order they were added.
 */
final class CompositeMigrationListener implements MigrationListener {

	private final List<MigrationListener> listeners;

	CompositeMigrationListener(List<MigrationListener> listeners) {
		this.listeners = List.copyOf(listeners);
	}

	@Override
	public void lockWaiting(String holder, Duration timeout) {
		this.listeners.forEach((listener) -> listener.lockWaiting(holder, timeout));
	}

	@Override
	public void notice(String message) {
		this.listeners.forEach((listener) -> listener.notice(message));
	}

	@Override
	public void stepStarting(Step step) {
		this.listeners.forEach((listener) -> listener.stepStarting(step));
	}

	@Override
	public void stepFinished(AppliedStep step) {
		this.listeners.forEach((listener) -> listener.stepFinished(step));
	}

	@Override
	public void stepFailed(Step step, RetortException failure) {
		this.listeners.forEach((listener) -> listener.stepFailed(step, failure));
	}

}
