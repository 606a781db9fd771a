package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Step;
import dev.retort.core.script.Script;

/**
 * Keeps a revision from queueing behind a long transaction: every query on a table waits behind a
 * DDL statement that waits for that table's lock, so a migration that waits stalls all traffic.
 * Each statement may wait {@code ddlLockTimeout} for a lock (PostgreSQL {@code lock_timeout},
 * MariaDB {@code lock_wait_timeout} and {@code innodb_lock_wait_timeout}); a revision whose
 * statement timed out and left nothing behind (rolled back, or failed before its first statement
 * committed) is retried after a growing pause, {@value #RETRIES} times, then fails naming the
 * sessions that held the lock. The session's previous values are restored when the run ends.
 * PostgreSQL revisions marked {@code transactional: false} run without it (see
 * {@link #run(Connection, Step, Script, Attempt)}).
 */
final class DdlLockTimeout {

	static final int RETRIES = 3;

	private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

	private final Dialect dialect;

	private final Duration timeout;

	private final DataSource dataSource;

	private final List<String> restore = new ArrayList<>();

	DdlLockTimeout(Dialect dialect, Duration timeout, DataSource dataSource) {
		this.dialect = dialect;
		this.timeout = timeout;
		this.dataSource = dataSource;
	}

	private boolean active() {
		return !this.timeout.isZero() && this.dialect != Dialect.H2;
	}

	/** The timeout as the database applies it: MariaDB counts whole seconds. */
	private String effective() {
		return (this.dialect == Dialect.POSTGRESQL) ? Math.max(1, this.timeout.toMillis()) + " ms" : seconds() + " s";
	}

	private long seconds() {
		return Math.max(1, (this.timeout.toMillis() + 999) / 1000);
	}

	/** Set the timeout on the migration connection, remembering the values to restore. */
	void apply(Connection connection) throws SQLException {
		if (!active()) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			if (this.dialect == Dialect.POSTGRESQL) {
				this.restore.add("SET lock_timeout = '" + single(connection, "SHOW lock_timeout") + "'");
				statement.execute("SET lock_timeout = '" + Math.max(1, this.timeout.toMillis()) + "ms'");
			}
			else {
				long seconds = seconds();
				this.restore.add("SET SESSION lock_wait_timeout = " + single(connection, "SELECT @@SESSION.lock_wait_timeout"));
				this.restore.add("SET SESSION innodb_lock_wait_timeout = "
						+ single(connection, "SELECT @@SESSION.innodb_lock_wait_timeout"));
				statement.execute("SET SESSION lock_wait_timeout = " + seconds);
				statement.execute("SET SESSION innodb_lock_wait_timeout = " + seconds);
			}
		}
	}

	/** Put the session's own values back. */
	void restore(Connection connection) {
		try (Statement statement = connection.createStatement()) {
			for (String sql : this.restore) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			// the connection goes back to its pool either way; the run's own outcome matters more
		}
	}

	/** One try of a step. */
	@FunctionalInterface
	interface Attempt {

		AppliedStep run() throws SQLException;

	}

	/**
	 * Run a step, retrying it while a statement times out waiting for a lock and nothing of it was
	 * kept.
	 */
	AppliedStep run(Connection connection, Step step, Script script, Attempt attempt) throws SQLException {
		if (!active()) {
			return attempt.run();
		}
		if (this.dialect == Dialect.POSTGRESQL && !script.transactional()) {
			// CREATE INDEX CONCURRENTLY waits for running transactions by design, without blocking
			// traffic; timed out, it would leave an INVALID index behind
			return withoutTimeout(connection, attempt);
		}
		long pid = backendId(connection);
		for (int retry = 0;; retry++) {
			// only the last try looks for the blocking session: the others cost no thread
			Watch watch = new Watch((retry == RETRIES) ? pid : -1);
			try {
				return attempt.run();
			}
			catch (RetortException ex) {
				if (ex.code() != ErrorCode.REVISION_FAILED || !isLockTimeout(ex)) {
					throw ex;
				}
				if (retry >= RETRIES) {
					throw new RetortException(ErrorCode.DDL_LOCK_TIMEOUT, message(connection, step, watch), ex);
				}
				pause(retry);
			}
			finally {
				watch.stop();
			}
		}
	}

	private AppliedStep withoutTimeout(Connection connection, Attempt attempt) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET lock_timeout = 0");
		}
		try {
			return attempt.run();
		}
		finally {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET lock_timeout = '" + Math.max(1, this.timeout.toMillis()) + "ms'");
			}
			catch (SQLException ex) {
				// the revision's own outcome is what the caller needs; the run ends with restore()
			}
		}
	}

	private String message(Connection connection, Step step, Watch watch) {
		List<String> blockers = watch.await();
		if (blockers.isEmpty()) {
			blockers = openTransactions(connection);
		}
		StringBuilder message = new StringBuilder("Revision '").append(step.revision().id())
			.append("' waited more than ")
			.append(effective())
			.append(" for a table lock on each of ")
			.append(RETRIES + 1)
			.append(" tries (migrate.ddl-lock-timeout, --ddl-lock-timeout) and was rolled back each time; nothing of it"
					+ " was kept.");
		if (blockers.isEmpty()) {
			message.append(" The session holding the lock had ended by the time Retort looked for it.");
		}
		else {
			message.append(" Blocking session(s):");
			blockers.forEach((blocker) -> message.append("\n  ").append(blocker));
		}
		message.append("\nEnd that session's transaction (or wait for it), then run the upgrade again.");
		return message.toString();
	}

	private void pause(int retry) {
		long millis = Math.min(MAX_PAUSE.toMillis(), Math.max(100, this.timeout.toMillis()) << retry);
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RetortException(ErrorCode.DATABASE_ERROR, "Interrupted while waiting to retry a revision", ex);
		}
	}

	/** PostgreSQL 55P03 (lock_not_available); MariaDB 1205 (lock wait timeout exceeded). */
	private static boolean isLockTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql
					&& ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 1205)) {
				return true;
			}
		}
		return false;
	}

	private long backendId(Connection connection) throws SQLException {
		String query = (this.dialect == Dialect.POSTGRESQL) ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
		return Long.parseLong(single(connection, query));
	}

	private static String single(Connection connection, String query) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getString(1);
		}
	}

	/** MariaDB, or PostgreSQL when the watch saw nothing: other sessions with an open transaction. */
	private List<String> openTransactions(Connection connection) {
		String query = (this.dialect == Dialect.POSTGRESQL) ? """
				SELECT pid, usename, application_name, client_addr, state, xact_start, left(query, 200)
				FROM pg_stat_activity
				WHERE pid <> pg_backend_pid() AND datname = current_database() AND xact_start IS NOT NULL
				ORDER BY xact_start""" : """
				SELECT p.ID, p.USER, p.HOST, p.DB, p.COMMAND, t.trx_started, LEFT(p.INFO, 200)
				FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
				WHERE p.ID <> CONNECTION_ID() ORDER BY t.trx_started""";
		return sessions(connection, query);
	}

	static List<String> sessions(Connection connection, String query) {
		List<String> sessions = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				sessions.add(describe(rows));
			}
		}
		catch (SQLException ex) {
			sessions.add("(could not list sessions: " + ex.getMessage() + ")");
		}
		return sessions;
	}

	private static String describe(ResultSet row) throws SQLException {
		String[] labels = { "pid", "user", "application", "client", "state", "transaction started", "query" };
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < labels.length; i++) {
			String value = row.getString(i + 1);
			if (value != null && !value.isBlank()) {
				text.append((text.length() > 0) ? ", " : "").append(labels[i]).append(' ').append(value.strip());
			}
		}
		return text.toString();
	}

	/**
	 * PostgreSQL: while a try runs, a daemon thread looks once (at three quarters of the timeout)
	 * for the sessions blocking it, through {@code pg_blocking_pids}, on a connection of its own.
	 */
	private final class Watch {

		private final AtomicReference<List<String>> blockers = new AtomicReference<>(List.of());

		private final @Nullable Thread thread;

		Watch(long pid) {
			if (DdlLockTimeout.this.dialect != Dialect.POSTGRESQL || pid < 0) {
				this.thread = null;
				return;
			}
			this.thread = new Thread(() -> look(pid), "retort-ddl-lock-watch");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		private void look(long pid) {
			try {
				Thread.sleep(Math.max(1, DdlLockTimeout.this.timeout.toMillis() * 3 / 4));
			}
			catch (InterruptedException ex) {
				return;
			}
			try (Connection connection = DdlLockTimeout.this.dataSource.getConnection()) {
				this.blockers.set(sessions(connection, """
						SELECT pid, usename, application_name, client_addr, state, xact_start, left(query, 200)
						FROM pg_stat_activity WHERE pid = ANY (pg_blocking_pids(%d))""".formatted(pid)));
			}
			catch (SQLException ex) {
				this.blockers.set(List.of("(could not list the blocking sessions: " + ex.getMessage() + ")"));
			}
		}

		/** The blocking sessions seen, once the look (if it started) has finished. */
		List<String> await() {
			if (this.thread != null) {
				try {
					this.thread.join(2000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return this.blockers.get();
		}

		void stop() {
			if (this.thread != null) {
				this.thread.interrupt();
			}
		}

	}

}
