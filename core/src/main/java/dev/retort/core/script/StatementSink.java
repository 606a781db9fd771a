package dev.retort.core.script;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Receives the statements of a revision: executes them on a live connection, or writes them to an
 * offline SQL script.
 *
 * @since 0.1.0
 */
public interface StatementSink {

	/**
	 * Run (or emit) one statement.
	 * @param sql one statement without its trailing delimiter
	 * @throws SQLException when the statement fails
	 */
	void execute(String sql) throws SQLException;

	/**
	 * The live connection, for code that needs JDBC directly; empty in offline mode.
	 * @return the connection, or empty when rendering SQL offline
	 */
	Optional<Connection> connection();

	/**
	 * The run's placeholder values: {@code migrate.placeholders.<name>} as {@code name} and each
	 * {@code -x key=value} as {@code x.key}. SQL revisions that opt in with
	 * {@code -- placeholders: true} read them as {@code ${name}}, Java revisions through
	 * {@link dev.retort.core.api.migration.Operations#xArguments()}.
	 * @return the values; none by default
	 */
	default Map<String, String> placeholders() {
		return Map.of();
	}

}
