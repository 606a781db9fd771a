package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A named user lock ({@code GET_LOCK}); the name carries a hash of schema and version table
 * because MariaDB limits lock names to 64 characters.
 */
final class MariaDbLock extends MigrationLock {

	private final Connection connection;

	private final String name;

	MariaDbLock(Connection connection, String schema, String table) {
		this.connection = connection;
		this.name = "retort_" + Long.toHexString(PostgresLock.key(schema + "." + table));
	}

	@Override
	boolean tryAcquire() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
			statement.setString(1, this.name);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getInt(1) == 1;
			}
		}
	}

	@Override
	Optional<String> holder() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT p.id, p.user, p.host"
				+ " FROM information_schema.processlist p WHERE p.id = IS_USED_LOCK(?)")) {
			statement.setString(1, this.name);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return Optional.empty();
				}
				return Optional.of("MariaDB connection id " + result.getLong(1) + " (user " + result.getString(2)
						+ ", host " + result.getString(3) + ")");
			}
		}
	}

	@Override
	public void close() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
			statement.setString(1, this.name);
			statement.execute();
		}
	}

}
