package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * H2 has no advisory locks, so a one-row lock table is held {@code FOR UPDATE} in a transaction
 * that stays open on a connection of its own (DDL on the migrating connection commits, which
 * would release a lock held there).
 */
final class H2Lock extends MigrationLock {

	/** H2's "Timeout trying to lock table" error. */
	private static final int LOCK_TIMEOUT = 50200;

	private static final int DUPLICATE_KEY = 23505;

	private final Connection connection;

	private final String table;

	H2Lock(DataSource dataSource, Tables tables) throws SQLException {
		this.table = tables.lock();
		this.connection = dataSource.getConnection();
		try (Statement statement = this.connection.createStatement()) {
			this.connection.setAutoCommit(true);
			statement.execute("SET LOCK_TIMEOUT 50");
			statement.execute("CREATE TABLE IF NOT EXISTS " + this.table + " (id INT NOT NULL PRIMARY KEY)");
			// reading does not wait for the holder's row lock, writing the row would
			statement.execute("INSERT INTO " + this.table + " (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM "
					+ this.table + " WHERE id = 1)");
			this.connection.setAutoCommit(false);
		}
		catch (SQLException ex) {
			// another session inserted the row at the same moment: fine, it exists
			if (ex.getErrorCode() != DUPLICATE_KEY) {
				this.connection.close();
				throw ex;
			}
			this.connection.setAutoCommit(false);
		}
	}

	@Override
	boolean tryAcquire() throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT id FROM " + this.table + " WHERE id = 1 FOR UPDATE")) {
			return result.next();
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() == LOCK_TIMEOUT) {
				this.connection.rollback();
				return false;
			}
			throw ex;
		}
	}

	@Override
	Optional<String> holder() throws SQLException {
		List<String> sessions = new ArrayList<>();
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT SESSION_ID, USER_NAME, CLIENT_ADDR FROM"
						+ " INFORMATION_SCHEMA.SESSIONS WHERE CONTAINS_UNCOMMITTED AND SESSION_ID <> SESSION_ID()")) {
			while (result.next()) {
				sessions.add("H2 session " + result.getInt(1) + " (user " + result.getString(2) + ", client "
						+ result.getString(3) + ")");
			}
		}
		this.connection.rollback();
		return sessions.isEmpty() ? Optional.empty() : Optional.of(String.join(" or ", sessions));
	}

	@Override
	public void close() throws SQLException {
		try {
			this.connection.rollback();
		}
		finally {
			this.connection.close();
		}
	}

}
