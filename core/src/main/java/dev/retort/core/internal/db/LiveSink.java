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
		Optional<CopyFromStdin> copy = (this.dialect == Dialect.POSTGRESQL) ? CopyFromStdin.of(sql) : Optional.empty();
		if (copy.isPresent()) {
			PostgresCopy.copyIn(this.statements.connection(), copy.get());
		}
		else {
			this.statements.plain().execute(sql);
		}
		this.executed.add(sql);
		this.failing = "";
		this.progress.executed(this.executed.size());
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

	/** Hears each statement that finished, so its commit can be recorded before the next one starts. */
	@FunctionalInterface
	interface Progress {

		void executed(int count) throws SQLException;

	}

	/** The statement that was running when the body failed; empty when the failure was elsewhere. */
	String failing() {
		return this.failing;
	}

}
