package dev.retort.core.internal.db;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A session-level advisory lock keyed by a hash of schema and version table, so that two
 * projects in one database do not block each other.
 */
final class PostgresLock extends MigrationLock {

	private final Connection connection;

	private final long key;

	PostgresLock(Connection connection, String schema, String table) {
		this.connection = connection;
		this.key = key("retort:" + schema + "." + table);
	}

	static long key(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	@Override
	boolean tryAcquire() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			statement.setLong(1, this.key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	@Override
	Optional<String> holder() throws SQLException {
		// a bigint advisory key is split into classid (high half) and objid (low half), objsubid 1
		try (PreparedStatement statement = this.connection
			.prepareStatement("SELECT a.pid, a.application_name, a.client_addr, a.usename FROM pg_locks l"
					+ " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
					+ " AND l.objsubid = 1 AND l.classid::bigint = ? AND l.objid::bigint = ?")) {
			statement.setLong(1, this.key >>> 32);
			statement.setLong(2, this.key & 0xFFFFFFFFL);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return Optional.empty();
				}
				return Optional.of("PostgreSQL backend pid " + result.getInt(1) + " (application '"
						+ result.getString(2) + "', user " + result.getString(4) + ", client "
						+ Optional.ofNullable(result.getString(3)).orElse("local socket") + ")");
			}
		}
	}

	@Override
	public void close() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
			statement.setLong(1, this.key);
			statement.execute();
		}
	}

}
