package dev.retort.reliability;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

/**
 * What a test compares before and after a run: every table with its columns, the version table's
 * rows and the history table's rows (without times, which differ by nature).
 *
 * @param tables table name (lower case) to its column names
 * @param versions the version table's rows, sorted
 * @param history one line per history row: revision, operation, success, statements committed/total
 */
record DatabaseState(TreeMap<String, List<String>> tables, List<String> versions, List<String> history) {

	static DatabaseState of(TestDatabase db) {
		return of(db, Set.of());
	}

	static DatabaseState of(TestDatabase db, Set<String> ignoredTables) {
		return of(db.kind(), db.schema(), db::connection, ignoredTables);
	}

	static DatabaseState of(DatabaseKind kind, String schemaName, Connector connector) {
		return of(kind, schemaName, connector, Set.of());
	}

	/** Opens a connection. */
	@FunctionalInterface
	interface Connector {

		Connection connect() throws SQLException;

	}

	static DatabaseState of(DatabaseKind kind, String schemaName, Connector connector, Set<String> ignoredTables) {
		try (Connection connection = connector.connect()) {
			TreeMap<String, List<String>> tables = new TreeMap<>();
			java.util.Map<String, String> actualNames = new java.util.HashMap<>();
			DatabaseMetaData meta = connection.getMetaData();
			boolean maria = kind == DatabaseKind.MARIADB;
			String catalog = maria ? schemaName : null;
			String schema = maria ? null : schemaName;
			try (ResultSet rows = meta.getTables(catalog, schema, "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					String name = rows.getString("TABLE_NAME");
					if (!ignoredTables.contains(name.toLowerCase(Locale.ROOT))) {
						tables.put(name.toLowerCase(Locale.ROOT), new ArrayList<>());
						actualNames.put(name.toLowerCase(Locale.ROOT), name);
					}
				}
			}
			for (var entry : tables.entrySet()) {
				String name = actualNames.get(entry.getKey());
				try (ResultSet columns = meta.getColumns(catalog, schema, name, "%")) {
					while (columns.next()) {
						entry.getValue().add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
			String quote = (kind == DatabaseKind.H2) ? "\"" : "";
			List<String> versions = tables.containsKey("retort_version") ? query(connection,
					"SELECT version_num FROM " + quote + "retort_version" + quote + " ORDER BY version_num") : List.of();
			List<String> history = tables.containsKey("retort_history")
					? query(connection, "SELECT revision, operation, success, statements_committed, statements_total"
							+ " FROM " + quote + "retort_history" + quote + " ORDER BY id")
					: List.of();
			return new DatabaseState(tables, versions, history);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the database state", ex);
		}
	}

	/** Each row's columns joined by '|'. */
	static List<String> query(Connection connection, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			int count = result.getMetaData().getColumnCount();
			while (result.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= count; i++) {
					row.append((i > 1) ? "|" : "").append(result.getString(i));
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

}
