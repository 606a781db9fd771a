package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

/**
 * H2 has no advisory locks, so a one-row lock table is held {@code FOR UPDATE} in a transaction
 * that stays open on a connection of its own (DDL on the migrating connection commits, which
 * would release a lock held there).
 *
 * <p>The table and its row are created only when missing: H2 runs {@code CREATE TABLE IF NOT EXISTS}
 * under its database-wide schema lock even when the table exists, and another session's DDL (another
 * tenant's revision, another process) holds that lock. Creating them waits for it as long as the
 * migration lock would; only taking the row polls quickly.
 */
final class H2Lock extends MigrationLock {

	/** H2's "Timeout trying to lock table" error. */
	private static final int LOCK_TIMEOUT = 50200;

	private static final int DUPLICATE_KEY = 23505;

	/** H2's "Table not found" errors: plain, with candidates of another case, in an empty database. */
	private static final Set<Integer> TABLE_NOT_FOUND = Set.of(42102, 42103, 42104);

	/** How long one attempt to take the row waits, in milliseconds. */
	private static final int POLL_WAIT = 50;

	private final Connection connection;

	private final String table;

	/** The session's settings as lent, put back on close: a pool gets the connection back as it gave it. */
	private final int lentLockTimeout;

	private final boolean lentAutoCommit;

	H2Lock(DataSource dataSource, Tables tables, Duration timeout) throws SQLException {
		this.table = tables.lock();
		this.connection = dataSource.getConnection();
		try (Statement statement = this.connection.createStatement()) {
			this.lentAutoCommit = this.connection.getAutoCommit();
			this.connection.setAutoCommit(true);
			this.lentLockTimeout = lockTimeout(statement);
			if (!rowExists(statement)) {
				statement.execute("SET LOCK_TIMEOUT " + Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
				create(statement);
			}
			statement.execute("SET LOCK_TIMEOUT " + POLL_WAIT);
			this.connection.setAutoCommit(false);
		}
		catch (SQLException | RuntimeException ex) {
			this.connection.close();
			throw ex;
		}
	}

	private static int lockTimeout(Statement statement) throws SQLException {
		try (ResultSet result = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
			result.next();
			return result.getInt(1);
		}
	}

	/** Reading takes no schema lock, and does not wait for the holder's row lock. */
	private boolean rowExists(Statement statement) throws SQLException {
		try (ResultSet result = statement.executeQuery("SELECT id FROM " + this.table + " WHERE id = 1")) {
			return result.next();
		}
		catch (SQLException ex) {
			if (TABLE_NOT_FOUND.contains(ex.getErrorCode())) {
				return false;
			}
			throw ex;
		}
	}

	private void create(Statement statement) throws SQLException {
		statement.execute("CREATE TABLE IF NOT EXISTS " + this.table + " (id INT NOT NULL PRIMARY KEY)");
		try {
			statement.execute("INSERT INTO " + this.table + " (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM "
					+ this.table + " WHERE id = 1)");
		}
		catch (SQLException ex) {
			// another session inserted the row at the same moment: fine, it exists
			if (ex.getErrorCode() != DUPLICATE_KEY) {
				throw ex;
			}
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
		try (Statement statement = this.connection.createStatement()) {
			this.connection.rollback();
			statement.execute("SET LOCK_TIMEOUT " + this.lentLockTimeout);
			this.connection.setAutoCommit(this.lentAutoCommit);
		}
		finally {
			this.connection.close();
		}
	}

}
