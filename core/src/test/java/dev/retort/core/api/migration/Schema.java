package dev.retort.core.api.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

/**
 * Reads a test database's schema through JDBC {@link DatabaseMetaData} (plus
 * {@code information_schema} for check constraints and sequences, which the metadata API lacks),
 * with names lowercased so H2's uppercase names compare like the others.
 */
final class Schema {

	private final TestDatabase db;

	private Schema(TestDatabase db) {
		this.db = db;
	}

	static Schema of(TestDatabase db) {
		return new Schema(db);
	}

	/** Everything, one line per fact, sorted: two equal snapshots mean the same schema. */
	List<String> snapshot() throws SQLException {
		List<String> lines = new ArrayList<>();
		try (Connection connection = this.db.connection()) {
			DatabaseMetaData meta = connection.getMetaData();
			for (String table : tables(meta)) {
				lines.add("table " + table);
				for (Map.Entry<String, String> column : columns(meta, table).entrySet()) {
					lines.add("column " + table + "." + column.getKey() + " " + column.getValue());
				}
				lines.add("pk " + table + " " + primaryKey(meta, table));
				lines.addAll(indexes(meta, table).stream().map((index) -> "index " + table + " " + index).toList());
				lines.addAll(foreignKeys(meta, table).stream().map((fk) -> "fk " + table + " " + fk).toList());
			}
			lines.addAll(constraints(connection, "CHECK").stream().map((name) -> "check " + name).toList());
			lines.addAll(constraints(connection, "UNIQUE").stream().map((name) -> "unique " + name).toList());
			if (sequenceExists(connection, "jr_seq")) {
				lines.add("sequence jr_seq");
			}
		}
		lines.sort(null);
		return lines;
	}

	List<String> tables() throws SQLException {
		try (Connection connection = this.db.connection()) {
			return tables(connection.getMetaData());
		}
	}

	/** Column name to {@code type=.. size=.. nullable=.. default=..}. */
	Map<String, String> columns(String table) throws SQLException {
		try (Connection connection = this.db.connection()) {
			return columns(connection.getMetaData(), table);
		}
	}

	Optional<String> column(String table, String column) throws SQLException {
		return Optional.ofNullable(columns(table).get(column));
	}

	List<String> indexes(String table) throws SQLException {
		try (Connection connection = this.db.connection()) {
			return indexes(connection.getMetaData(), table);
		}
	}

	List<String> foreignKeys(String table) throws SQLException {
		try (Connection connection = this.db.connection()) {
			return foreignKeys(connection.getMetaData(), table);
		}
	}

	String primaryKey(String table) throws SQLException {
		try (Connection connection = this.db.connection()) {
			return primaryKey(connection.getMetaData(), table);
		}
	}

	List<String> constraints(String type) throws SQLException {
		try (Connection connection = this.db.connection()) {
			return constraints(connection, type);
		}
	}

	boolean sequenceExists(String name) throws SQLException {
		try (Connection connection = this.db.connection()) {
			return sequenceExists(connection, name);
		}
	}

	private String catalog() {
		return (this.db.kind() == DatabaseKind.MARIADB) ? this.db.schema() : null;
	}

	private String schema() {
		return (this.db.kind() == DatabaseKind.MARIADB) ? null : this.db.schema();
	}

	private String name(String table) {
		return (this.db.kind() == DatabaseKind.H2) ? table.toUpperCase(Locale.ROOT) : table;
	}

	private List<String> tables(DatabaseMetaData meta) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = meta.getTables(catalog(), schema(), "%", new String[] { "TABLE", "BASE TABLE" })) {
			while (rows.next()) {
				String table = lower(rows.getString("TABLE_NAME"));
				if (!table.startsWith("retort_")) {
					tables.add(table);
				}
			}
		}
		tables.sort(null);
		return tables;
	}

	private Map<String, String> columns(DatabaseMetaData meta, String table) throws SQLException {
		Map<String, String> columns = new TreeMap<>();
		try (ResultSet rows = meta.getColumns(catalog(), schema(), name(table), "%")) {
			while (rows.next()) {
				columns.put(lower(rows.getString("COLUMN_NAME")), "type=" + lower(rows.getString("TYPE_NAME")) + " size="
						+ rows.getInt("COLUMN_SIZE") + " digits=" + rows.getInt("DECIMAL_DIGITS") + " nullable="
						+ rows.getString("IS_NULLABLE") + " default=" + rows.getString("COLUMN_DEF"));
			}
		}
		return columns;
	}

	private String primaryKey(DatabaseMetaData meta, String table) throws SQLException {
		Map<Integer, String> columns = new TreeMap<>();
		String name = "";
		try (ResultSet rows = meta.getPrimaryKeys(catalog(), schema(), name(table))) {
			while (rows.next()) {
				columns.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
				name = lower(String.valueOf(rows.getString("PK_NAME")));
			}
		}
		// generated names (H2's CONSTRAINT_xx, PostgreSQL's t_pkey) are not ours to compare
		return (name.startsWith("pk_") ? name + " " : "") + columns.values();
	}

	private List<String> indexes(DatabaseMetaData meta, String table) throws SQLException {
		Map<String, Map<Integer, String>> columns = new TreeMap<>();
		Map<String, Boolean> unique = new TreeMap<>();
		try (ResultSet rows = meta.getIndexInfo(catalog(), schema(), name(table), false, false)) {
			while (rows.next()) {
				String index = lower(String.valueOf(rows.getString("INDEX_NAME")));
				if (rows.getString("COLUMN_NAME") == null) {
					continue;
				}
				columns.computeIfAbsent(index, (key) -> new TreeMap<>())
					.put((int) rows.getShort("ORDINAL_POSITION"), lower(rows.getString("COLUMN_NAME")));
				unique.put(index, !rows.getBoolean("NON_UNIQUE"));
			}
		}
		List<String> indexes = new ArrayList<>();
		for (Map.Entry<String, Map<Integer, String>> index : columns.entrySet()) {
			// indexes behind constraints get generated names on H2; only named indexes are compared by name
			String name = index.getKey().startsWith("ix_") ? index.getKey() : "<constraint>";
			indexes.add(name + (unique.get(index.getKey()) ? " unique " : " ") + index.getValue().values());
		}
		indexes.sort(null);
		return indexes;
	}

	private List<String> foreignKeys(DatabaseMetaData meta, String table) throws SQLException {
		List<String> keys = new ArrayList<>();
		try (ResultSet rows = meta.getImportedKeys(catalog(), schema(), name(table))) {
			while (rows.next()) {
				keys.add(lower(rows.getString("FK_NAME")) + " " + lower(rows.getString("FKCOLUMN_NAME")) + " -> "
						+ lower(rows.getString("PKTABLE_NAME")) + "." + lower(rows.getString("PKCOLUMN_NAME"))
						+ " delete=" + rows.getShort("DELETE_RULE"));
			}
		}
		keys.sort(null);
		return keys;
	}

	private List<String> constraints(Connection connection, String type) throws SQLException {
		String where = (this.db.kind() == DatabaseKind.MARIADB) ? "CONSTRAINT_SCHEMA = DATABASE()"
				: "CONSTRAINT_SCHEMA = '" + this.db.schema() + "'";
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, CONSTRAINT_NAME FROM"
						+ " information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_TYPE = '" + type + "' AND " + where)) {
			while (rows.next()) {
				String name = lower(rows.getString("CONSTRAINT_NAME"));
				String table = lower(rows.getString("TABLE_NAME"));
				// PostgreSQL lists NOT NULL as CHECK constraints with OID-based names
				if (!name.endsWith("_not_null") && !table.startsWith("retort_")) {
					names.add(table + "." + name);
				}
			}
		}
		names.sort(null);
		return names;
	}

	private boolean sequenceExists(Connection connection, String name) throws SQLException {
		String sql = switch (this.db.kind()) {
			case H2 -> "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = '"
					+ name.toUpperCase(Locale.ROOT) + "'";
			case POSTGRESQL -> "SELECT COUNT(*) FROM information_schema.sequences WHERE sequence_name = '" + name + "'";
			case MARIADB -> "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
					+ " AND TABLE_TYPE = 'SEQUENCE' AND TABLE_NAME = '" + name + "'";
		};
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1) > 0;
		}
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
