package dev.retort.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of a command that runs on a daemon thread of its own while the command goes on (the
 * machine's other core does it), and whose result or exception the command takes when it needs
 * it, as if it had done the work itself.
 *
 * @param <T> the result
 */
final class Background<T> {

	private final FutureTask<T> task;

	private Background(FutureTask<T> task) {
		this.task = task;
	}

	static <T> Background<T> start(String name, Callable<T> work) {
		FutureTask<T> task = new FutureTask<>(work);
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
		return new Background<>(task);
	}

	/**
	 * Wait for the result.
	 * @return the result
	 * @throws RuntimeException the work's own exception
	 */
	T join() {
		try {
			return this.task.get();
		}
		catch (ExecutionException ex) {
			throw rethrow(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/**
	 * The work's own failure, thrown as if the caller had done the work.
	 * @param cause what the work threw
	 * @return never: the statement {@code throw rethrow(cause)} keeps the compiler informed
	 */
	static RuntimeException rethrow(Throwable cause) {
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(cause);
	}

}
