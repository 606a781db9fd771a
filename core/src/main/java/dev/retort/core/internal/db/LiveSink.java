package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.retort.core.internal.script.CopyFromStdin;

/**
 * Runs a revision's statements on a connection and remembers which ones succeeded, so a failure
 * can say exactly what was committed before it.
 */
final class LiveSink implements DialectSink {

	private final PreparedStatements statements;

	private final Dialect dialect;

	private final List<String> executed = new ArrayList<>();

	private final Progress progress;

	private String failing = "";

	private final Map<String, String> placeholders;

	/** Whether the revision holds MariaDB table locks ({@link TableLocks}). */
	private boolean tablesLocked;

	LiveSink(PreparedStatements statements, Dialect dialect, Progress progress) {
		this(statements, dialect, progress, Map.of());
	}

	LiveSink(PreparedStatements statements, Dialect dialect, Progress progress, Map<String, String> placeholders) {
		this.statements = statements;
		this.dialect = dialect;
		this.progress = progress;
		this.placeholders = placeholders;
	}

	@Override
	public Map<String, String> placeholders() {
		return this.placeholders;
	}

	@Override
	public Dialect dialect() {
		return this.dialect;
	}

	@Override
	public void execute(String sql) throws SQLException {
		this.failing = sql;
		boolean locks = this.dialect == Dialect.MARIADB && TableLocks.takes(sql);
		if (locks && !this.tablesLocked) {
			// the last word the history gets until the revision releases the locks
			this.progress.locking(this.executed.size());
		}
		Optional<CopyFromStdin> copy = (this.dialect == Dialect.POSTGRESQL) ? CopyFromStdin.of(sql) : Optional.empty();
		if (copy.isPresent()) {
			PostgresCopy.copyIn(this.statements.connection(), copy.get());
		}
		else {
			this.statements.plain().execute(sql);
		}
		this.executed.add(sql);
		this.failing = "";
		if (locks) {
			this.tablesLocked = true;
		}
		else if (this.tablesLocked && TableLocks.releases(sql)) {
			this.tablesLocked = false;
		}
		if (!this.tablesLocked) {
			this.progress.executed(this.executed.size());
		}
	}

	/**
	 * Release the table locks the revision still holds ({@code UNLOCK TABLES}), as the mariadb
	 * client's disconnect at the end of a file would, so the history can be written and the
	 * connection goes back to its pool unlocked.
	 * @throws SQLException when the database refuses
	 */
	void releaseTableLocks() throws SQLException {
		if (this.tablesLocked) {
			this.tablesLocked = false;
			this.statements.plain().execute("UNLOCK TABLES");
		}
	}

	@Override
	public Optional<Connection> connection() {
		return Optional.of(this.statements.connection());
	}

	List<String> executed() {
		return List.copyOf(this.executed);
	}

	int executedCount() {
		return this.executed.size();
	}

	/**
	 * Hears each statement that finished, so its commit can be recorded before the next one starts;
	 * while the revision holds table locks it hears nothing, and hears the count again once they
	 * are released.
	 */
	@FunctionalInterface
	interface Progress {

		void executed(int count) throws SQLException;

		/**
		 * The statement after the first {@code count} is about to take table locks: nothing can be
		 * recorded until they are released.
		 * @param count the statements finished so far
		 * @throws SQLException when the record cannot be written
		 */
		default void locking(int count) throws SQLException {
		}

	}

	/** The statement that was running when the body failed; empty when the failure was elsewhere. */
	String failing() {
		return this.failing;
	}

}
