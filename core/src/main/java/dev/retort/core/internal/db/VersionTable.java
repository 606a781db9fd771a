package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.VersionUpdate;

/**
 * The version table: one row per current head, as Alembic's {@code alembic_version}.
 */
final class VersionTable {

	private final Tables tables;

	VersionTable(Tables tables) {
		this.tables = tables;
	}

	/** The rows, or empty when the table does not exist; one query, never creates anything. */
	Optional<List<String>> read(Connection connection) throws SQLException {
		if (this.tables.isAbsent(this.tables.versionName())) {
			return Optional.empty();
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT version_num FROM " + this.tables.version())) {
			List<String> heads = new ArrayList<>();
			while (rows.next()) {
				heads.add(rows.getString(1));
			}
			return Optional.of(heads);
		}
		catch (SQLException ex) {
			if (this.tables.dialect().isMissingTable(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(this.tables.dialect().createVersionTable(this.tables.version()));
		}
	}

	/** Empties the table, for {@code stamp --purge}. */
	void clear(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM " + this.tables.version());
		}
	}

	/** Applies one change; every change must touch exactly one row. */
	void apply(PreparedStatements statements, VersionUpdate update) throws SQLException {
		String table = this.tables.version();
		if (update instanceof VersionUpdate.Insert insert) {
			try {
				PreparedStatement statement = statements.get("INSERT INTO " + table + " (version_num) VALUES (?)");
				statement.setString(1, insert.revision());
				statement.executeUpdate();
			}
			catch (SQLException ex) {
				if (ex.getSQLState() != null && ex.getSQLState().startsWith("23")) {
					throw inconsistent("Online migration expected to insert '" + insert.revision() + "' into '"
							+ this.tables.versionDisplay() + "'; it is already there");
				}
				throw ex;
			}
		}
		else if (update instanceof VersionUpdate.Delete delete) {
			PreparedStatement statement = statements.get("DELETE FROM " + table + " WHERE version_num = ?");
			statement.setString(1, delete.revision());
			int count = statement.executeUpdate();
			if (count != 1) {
				throw inconsistent("Online migration expected to match one row when deleting '" + delete.revision()
						+ "' in '" + this.tables.versionDisplay() + "'; " + count + " found");
			}
		}
		else if (update instanceof VersionUpdate.Update change) {
			PreparedStatement statement = statements.get("UPDATE " + table + " SET version_num = ? WHERE version_num = ?");
			statement.setString(1, change.to());
			statement.setString(2, change.from());
			int count = statement.executeUpdate();
			if (count != 1) {
				throw inconsistent("Online migration expected to match one row when updating '" + change.from()
						+ "' to '" + change.to() + "' in '" + this.tables.versionDisplay() + "'; " + count + " found");
			}
		}
	}

	private static RetortException inconsistent(String message) {
		return new RetortException(ErrorCode.VERSION_TABLE_INCONSISTENT, message
				+ ". The version table and the revision files disagree: check `current` and set the table right with `stamp`.");
	}

}
