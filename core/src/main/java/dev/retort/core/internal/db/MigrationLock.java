package dev.retort.core.internal.db;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.RetortException;

/**
 * The lock that keeps two processes from migrating one schema at once. It lives on a database
 * session, so it goes away with the connection even when the process dies.
 */
abstract class MigrationLock implements AutoCloseable {

	private static final long POLL_MILLIS = 100;

	/** Tries once without waiting. */
	abstract boolean tryAcquire() throws SQLException;

	/** Describes the session that holds the lock, as far as the database tells. */
	abstract Optional<String> holder() throws SQLException;

	@Override
	public abstract void close() throws SQLException;

	/** Polls until the lock is taken, telling the listener once who holds it. */
	final void acquire(Duration timeout, String lockName, MigrationListener listener) throws SQLException {
		long deadline = System.nanoTime() + timeout.toNanos();
		boolean told = false;
		String holder = "";
		while (!tryAcquire()) {
			Optional<String> current = holder();
			holder = current.orElse(holder);
			if (!told) {
				listener.lockWaiting(current.orElse("another session"), timeout);
				told = true;
			}
			if (System.nanoTime() >= deadline) {
				throw new RetortException(ErrorCode.LOCK_TIMEOUT, "Timed out after " + describe(timeout)
						+ " waiting for the migration lock on " + lockName + ", held by "
						+ (holder.isEmpty() ? "another session" : holder)
						+ ". Another migration is probably running: wait for it to finish, or give it more time"
						+ " with migrate.lock-timeout (CLI: --lock-timeout).");
			}
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new RetortException(ErrorCode.LOCK_TIMEOUT,
						"Interrupted while waiting for the migration lock on " + lockName);
			}
		}
	}

	private static String describe(Duration timeout) {
		return (timeout.toMillis() % 1000 == 0) ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
	}

}
