package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * MariaDB's {@code sql_mode} for the revisions, as the mariadb client's session has it. MariaDB
 * Connector/J asks the server for {@code IGNORE_SPACE} when it connects (the protocol's
 * {@code CLIENT_IGNORE_SPACE}, which it always sets); the mariadb client does not. Under
 * {@code IGNORE_SPACE} built-in function names are reserved words, so a file the client runs
 * ({@code CREATE TABLE count (...)}) fails, and every routine, trigger and view records that mode.
 * For the run Retort takes the flag off where the server's global mode lacks it. Afterwards it puts
 * the session's own mode back, also when a revision changed it ({@code SET sql_mode = ...}), so the
 * connection goes back to its pool as it was lent.
 */
final class ClientSqlMode {

	private static final String IGNORE_SPACE = "IGNORE_SPACE";

	/** Nothing changed, nothing to restore. */
	static final ClientSqlMode UNCHANGED = new ClientSqlMode(null);

	/** The session's mode before the run; {@code null} where Retort leaves the mode alone. */
	private final @Nullable String saved;

	private ClientSqlMode(@Nullable String saved) {
		this.saved = saved;
	}

	/**
	 * Give the session the client's mode for a run that executes revisions.
	 * @param connection the run's connection
	 * @param dialect its database
	 * @return what {@link #restore} puts back
	 * @throws SQLException when the database refuses
	 */
	static ClientSqlMode apply(Connection connection, Dialect dialect) throws SQLException {
		if (dialect != Dialect.MARIADB) {
			return UNCHANGED;
		}
		String session;
		String global;
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT @@SESSION.sql_mode, @@GLOBAL.sql_mode")) {
			row.next();
			session = row.getString(1);
			global = row.getString(2);
		}
		if (session == null) {
			return UNCHANGED;
		}
		if (has(session, IGNORE_SPACE) && !has(global, IGNORE_SPACE)) {
			set(connection, Arrays.stream(session.split(","))
				.filter((mode) -> !mode.equalsIgnoreCase(IGNORE_SPACE))
				.collect(Collectors.joining(",")));
		}
		return new ClientSqlMode(session);
	}

	/**
	 * Put the session's own mode back, whatever the revisions set; failures are left to the pool,
	 * which the connection goes back to either way.
	 * @param connection the run's connection
	 */
	void restore(Connection connection) {
		if (this.saved == null) {
			return;
		}
		try {
			set(connection, this.saved);
		}
		catch (SQLException ex) {
			// the run's own outcome matters more; a broken connection is discarded by its pool
		}
	}

	private static boolean has(@Nullable String modes, String mode) {
		return modes != null && Arrays.stream(modes.split(",")).anyMatch(mode::equalsIgnoreCase);
	}

	private static void set(Connection connection, String modes) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SET SESSION sql_mode = ?")) {
			statement.setString(1, modes);
			statement.execute();
		}
	}

}
