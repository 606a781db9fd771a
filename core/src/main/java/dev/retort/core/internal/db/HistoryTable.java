package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The history table: one row per step that ran or failed part-way. Times are stored as UTC
 * without a zone so the three databases read back the same instant.
 */
final class HistoryTable {

	private static final String COLUMNS = "id, revision, down_revisions, operation, message, checksum, applied_by,"
			+ " started_at, duration_ms, success, retort_version, statements_committed, statements_total, error";

	/** The columns of {@link #COLUMNS}, first in every history table Retort creates. */
	private static final int COLUMN_COUNT = 14;

	/** The column of the run's {@code --tag}; added to history tables created before it existed. */
	static final String TAG_COLUMN = "tag VARCHAR(255)";

	/** The longest tag the column holds. */
	static final int TAG_LENGTH = 255;

	private final Tables tables;

	HistoryTable(Tables tables) {
		this.tables = tables;
	}

	void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(this.tables.dialect().createHistoryTable(this.tables.history()));
		}
		addTagColumnIfMissing(connection);
	}

	/**
	 * Tables created before {@code --tag} existed lack its column: add it (a nullable column, so
	 * no row changes). Called under the migration lock, like the table's creation.
	 */
	private void addTagColumnIfMissing(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeQuery("SELECT tag FROM " + this.tables.history() + " WHERE 1 = 0").close();
		}
		catch (SQLException missing) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("ALTER TABLE " + this.tables.history() + " ADD " + TAG_COLUMN);
			}
			catch (SQLException ex) {
				ex.addSuppressed(missing);
				throw ex;
			}
		}
	}

	void insert(PreparedStatements statements, HistoryRow row) throws SQLException {
		PreparedStatement statement = statements.get(insertSql());
		bind(statement, row);
		statement.executeUpdate();
	}

	/**
	 * Insert a row and return its id, read back as the generated key in the same round trip.
	 */
	long insertReturningId(PreparedStatements statements, HistoryRow row) throws SQLException {
		PreparedStatement statement = statements.returningKeys(insertSql());
		bind(statement, row);
		statement.executeUpdate();
		try (ResultSet keys = statement.getGeneratedKeys()) {
			if (!keys.next()) {
				throw new SQLException("The database returned no id for the row inserted into " + this.tables.history());
			}
			// PostgreSQL returns every column of the row: the id is the first
			return keys.getLong(1);
		}
	}

	private String insertSql() {
		return "INSERT INTO " + this.tables.history() + " (" + COLUMNS.substring(4)
				+ ", tag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	}

	private static void bind(PreparedStatement statement, HistoryRow row) throws SQLException {
		statement.setString(1, row.revision());
		statement.setString(2, String.join(",", row.downRevisions()));
		statement.setString(3, row.operation());
		statement.setString(4, clip(row.message(), 1000));
		statement.setString(5, row.checksum());
		statement.setString(6, clip(row.appliedBy(), 255));
		statement.setObject(7, LocalDateTime.ofInstant(row.startedAt(), ZoneOffset.UTC));
		statement.setLong(8, row.durationMs());
		statement.setBoolean(9, row.success());
		statement.setString(10, row.retortVersion());
		statement.setInt(11, row.statementsCommitted());
		statement.setInt(12, row.statementsTotal());
		statement.setString(13, clip(row.error(), 2000));
		statement.setString(14, row.tag().isEmpty() ? null : row.tag());
	}

	/** Overwrite the outcome columns of a row written earlier (an in-progress marker). */
	void update(PreparedStatements statements, long id, HistoryRow row) throws SQLException {
		PreparedStatement statement = statements.get("UPDATE " + this.tables.history()
				+ " SET duration_ms = ?, success = ?, statements_committed = ?, statements_total = ?, error = ?"
				+ " WHERE id = ?");
		statement.setLong(1, row.durationMs());
		statement.setBoolean(2, row.success());
		statement.setInt(3, row.statementsCommitted());
		statement.setInt(4, row.statementsTotal());
		statement.setString(5, clip(row.error(), 2000));
		statement.setLong(6, id);
		statement.executeUpdate();
	}

	/** Record that statements 1..committed of a running revision are in the schema. */
	void progress(PreparedStatements statements, long id, int committed, String error) throws SQLException {
		PreparedStatement statement = statements
			.get("UPDATE " + this.tables.history() + " SET statements_committed = ?, error = ? WHERE id = ?");
		statement.setInt(1, committed);
		statement.setString(2, clip(error, 2000));
		statement.setLong(3, id);
		statement.executeUpdate();
	}

	void delete(PreparedStatements statements, long id) throws SQLException {
		PreparedStatement statement = statements.get("DELETE FROM " + this.tables.history() + " WHERE id = ?");
		statement.setLong(1, id);
		statement.executeUpdate();
	}

	/**
	 * Every row, oldest first; empty when the table does not exist. A table from before
	 * {@code --tag} is read as it is (rows without tags): readers never change a table.
	 */
	List<HistoryRow> readAll(Connection connection) throws SQLException {
		return query(connection, "SELECT * FROM " + this.tables.history() + " ORDER BY id", (result) -> {
			HistoryRow row = row(result);
			String tag = hasTag(result) ? result.getString("tag") : null;
			return (tag != null) ? row.tagged(tag) : row;
		});
	}

	private static boolean hasTag(ResultSet result) throws SQLException {
		java.sql.ResultSetMetaData meta = result.getMetaData();
		for (int i = COLUMN_COUNT + 1; i <= meta.getColumnCount(); i++) {
			if (meta.getColumnLabel(i).equalsIgnoreCase("tag")) {
				return true;
			}
		}
		return false;
	}

	/** The newest row, which tells whether a failed revision is still unresolved. */
	Optional<HistoryRow> latest(Connection connection) throws SQLException {
		return query(connection, "SELECT " + COLUMNS + " FROM " + this.tables.history() + " ORDER BY id DESC LIMIT 1",
				HistoryTable::row)
			.stream()
			.findFirst();
	}

	/** The checksum each revision had when it last ran up or was stamped successfully. */
	Map<String, String> recordedChecksums(Connection connection) throws SQLException {
		return checksums(outcomes(connection));
	}

	/**
	 * What each row says about its revision, oldest first: the four columns checksum validation
	 * and the half-applied check need, so a start with nothing to do reads no more than that.
	 */
	List<Outcome> outcomes(Connection connection) throws SQLException {
		return query(connection, "SELECT revision, operation, success, checksum FROM " + this.tables.history()
				+ " ORDER BY id", (result) -> new Outcome(result.getString(1), result.getString(2), result.getBoolean(3),
						result.getString(4)));
	}

	/** The checksum each revision had when it last ran up or was stamped successfully, from rows oldest first. */
	static Map<String, String> checksums(List<Outcome> rows) {
		Map<String, String> checksums = new HashMap<>();
		for (Outcome row : rows) {
			if (row.success() && !row.operation().equals("downgrade")) {
				checksums.put(row.revision(), row.checksum());
			}
		}
		return checksums;
	}

	/**
	 * One history row as checksum validation sees it.
	 *
	 * @param revision the revision
	 * @param operation upgrade, downgrade or stamp
	 * @param success whether the step finished
	 * @param checksum the file's checksum when it ran
	 */
	record Outcome(String revision, String operation, boolean success, String checksum) {
	}

	/** The rows a query returns, mapped one by one; none when the table does not exist. */
	private <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper) throws SQLException {
		List<T> rows = new ArrayList<>();
		if (this.tables.isAbsent(this.tables.historyName())) {
			return rows;
		}
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(mapper.map(result));
			}
		}
		catch (SQLException ex) {
			if (!this.tables.dialect().isMissingTable(ex)) {
				throw ex;
			}
		}
		return rows;
	}

	private static HistoryRow row(ResultSet result) throws SQLException {
		String parents = result.getString(3);
		return new HistoryRow(result.getLong(1), result.getString(2),
				parents.isEmpty() ? List.of() : Arrays.asList(parents.split(",")), result.getString(4),
				result.getString(5), result.getString(6), result.getString(7),
				result.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC), result.getLong(9),
				result.getBoolean(10), result.getString(11), result.getInt(12), result.getInt(13),
				(result.getString(14) != null) ? result.getString(14) : "");
	}

	private static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	@FunctionalInterface
	private interface RowMapper<T> {

		T map(ResultSet result) throws SQLException;

	}

}
