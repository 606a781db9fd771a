package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.retort.core.graph.Step;
import dev.retort.core.internal.script.StatementLabel;
import dev.retort.core.script.Body;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;

/**
 * The session settings a revision may change and Retort's bookkeeping depends on: PostgreSQL's
 * {@code search_path}, MariaDB's current database ({@code USE}), H2's current schema. Captured
 * once at the start of a run: the schema found there qualifies every bookkeeping statement, and
 * the session is put back after each revision that may have changed it, so the next revision
 * starts as the run began.
 */
final class SessionState {

	private final Dialect dialect;

	private final Optional<String> schema;

	/** PostgreSQL's search_path as it was; the schema on the other databases. */
	private final String saved;

	private SessionState(Dialect dialect, Optional<String> schema, String saved) {
		this.dialect = dialect;
		this.schema = schema;
		this.saved = saved;
	}

	static SessionState capture(Connection connection, Dialect dialect) throws SQLException {
		return switch (dialect) {
			case POSTGRESQL -> {
				try (Statement statement = connection.createStatement();
						ResultSet row = statement.executeQuery(
								"SELECT pg_catalog.current_schema(), pg_catalog.current_setting('search_path')")) {
					row.next();
					yield new SessionState(dialect, Optional.ofNullable(row.getString(1)), row.getString(2));
				}
			}
			// the driver follows USE through the protocol's session tracking: no round trip
			case MARIADB -> of(dialect, connection.getCatalog());
			case H2 -> of(dialect, connection.getSchema());
		};
	}

	private static SessionState of(Dialect dialect, String schema) {
		return new SessionState(dialect, Optional.ofNullable(schema), (schema != null) ? schema : "");
	}

	/** The schema (PostgreSQL, H2) or database (MariaDB) current when the run began, if any. */
	Optional<String> schema() {
		return this.schema;
	}

	/** Put the session back as it was when the run began; runs outside any transaction. */
	void restore(Connection connection) throws SQLException {
		connection.setAutoCommit(true);
		switch (this.dialect) {
			case POSTGRESQL -> {
				try (PreparedStatement statement = connection
					.prepareStatement("SELECT pg_catalog.set_config('search_path', ?, false)")) {
					statement.setString(1, this.saved);
					statement.execute();
				}
			}
			case MARIADB -> {
				if (this.schema.isPresent()) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("USE " + this.dialect.quote(this.saved));
					}
				}
			}
			case H2 -> {
				if (this.schema.isPresent()) {
					connection.setSchema(this.saved);
				}
			}
		}
	}

	/** As {@link #restore}, at the end of a run: a failure here must not hide the run's own outcome. */
	void restoreQuietly(Connection connection) {
		try {
			restore(connection);
		}
		catch (SQLException ex) {
			// the connection is broken; the pool discards it
		}
	}

	/**
	 * Whether a step may have changed the session: any Java revision, and an SQL revision whose
	 * text mentions {@code search_path}, {@code set_config} or a schema, or has a statement that
	 * starts with {@code USE}. A step that cannot is not followed by a round trip to restore.
	 */
	static boolean mayChange(Step step, Script script) {
		if (step.operation() == Step.Operation.STAMP) {
			return false;
		}
		Body body = (step.operation() == Step.Operation.UPGRADE) ? script.upgrade() : script.downgrade().orElse(null);
		return !(body instanceof SqlBody sql) || mayChange(sql.statements());
	}

	static boolean mayChange(List<String> statements) {
		for (String statement : statements) {
			String lower = statement.toLowerCase(Locale.ROOT);
			if (lower.contains("search_path") || lower.contains("set_config") || lower.contains("schema")
					|| startsWithUse(statement)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a statement is MariaDB's {@code USE db}. */
	static boolean startsWithUse(String statement) {
		String label = StatementLabel.of(statement);
		return label.regionMatches(true, 0, "USE", 0, 3)
				&& (label.length() == 3 || Character.isWhitespace(label.charAt(3)) || label.charAt(3) == '`');
	}

}
