package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of one run on one connection, prepared once and closed together at the end. A
 * run repeats the same bookkeeping SQL for every step; preparing it anew each time cost as much
 * as the step's own statements on an embedded database.
 */
final class PreparedStatements implements AutoCloseable {

	private final Connection connection;

	private final Map<String, PreparedStatement> prepared = new HashMap<>();

	private final Map<String, PreparedStatement> returningKeys = new HashMap<>();

	private Statement plain;

	PreparedStatements(Connection connection) {
		this.connection = connection;
	}

	Connection connection() {
		return this.connection;
	}

	/** A statement for this SQL, prepared on first use; parameters are cleared. */
	PreparedStatement get(String sql) throws SQLException {
		return cached(this.prepared, sql, false);
	}

	/** As {@link #get(String)}, returning the generated key of an insert. */
	PreparedStatement returningKeys(String sql) throws SQLException {
		return cached(this.returningKeys, sql, true);
	}

	/** One statement for SQL run once each (a revision's own statements). */
	Statement plain() throws SQLException {
		if (this.plain == null) {
			this.plain = this.connection.createStatement();
		}
		return this.plain;
	}

	private PreparedStatement cached(Map<String, PreparedStatement> cache, String sql, boolean keys)
			throws SQLException {
		PreparedStatement statement = cache.get(sql);
		if (statement == null) {
			statement = keys ? this.connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
					: this.connection.prepareStatement(sql);
			cache.put(sql, statement);
		}
		else {
			statement.clearParameters();
		}
		return statement;
	}

	/** Closes every statement; a failure here cannot undo what ran, so it is not reported. */
	@Override
	public void close() {
		List<Statement> all = new ArrayList<>(this.prepared.values());
		all.addAll(this.returningKeys.values());
		if (this.plain != null) {
			all.add(this.plain);
		}
		this.prepared.clear();
		this.returningKeys.clear();
		this.plain = null;
		for (Statement statement : all) {
			try {
				statement.close();
			}
			catch (SQLException ex) {
				// the connection is closed or broken; its statements go with it
			}
		}
	}

}
