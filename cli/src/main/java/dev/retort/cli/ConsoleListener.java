package dev.retort.cli;

import java.io.PrintStream;
import java.time.Duration;

import dev.retort.core.api.MigrationListener;
import dev.retort.core.graph.Step;

/** Prints progress to stderr the way Alembic logs it: {@code Running upgrade a -> b, message}. */
final class ConsoleListener implements MigrationListener {

	private final PrintStream err;

	ConsoleListener(PrintStream err) {
		this.err = err;
	}

	@Override
	public void lockWaiting(String holder, Duration timeout) {
		this.err.println("Waiting for the migration lock held by " + holder + " (up to " + timeout.toSeconds()
				+ "s; set --lock-timeout to change)");
	}

	@Override
	public void notice(String message) {
		this.err.println("NOTE: " + message);
	}

	@Override
	public void stepStarting(Step step) {
		this.err.println("Running " + step.describe());
	}

}
