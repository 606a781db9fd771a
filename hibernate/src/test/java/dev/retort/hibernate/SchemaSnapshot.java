package dev.retort.hibernate;

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
import java.util.TreeSet;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

/**
 * A database's schema as sorted lines, read from the information schema (and JDBC metadata for
 * indexes, which PostgreSQL keeps outside it): columns with type, length, precision, scale,
 * nullability, default and comment; primary-key columns in key order; foreign keys with their
 * names, columns and targets; unique constraints; indexes; check constraints; sequences. Column
 * order is left out, and so are names the database makes up itself (unnamed checks). Two schemas
 * are the same when their lines are.
 */
final class SchemaSnapshot {

	private static final Set<String> OWN = Set.of("retort_version", "retort_history", "retort_version_lock");

	private SchemaSnapshot() {
	}

	static List<String> of(TestDatabase db) throws SQLException {
		try (Connection connection = db.connection()) {
			String schema = switch (db.kind()) {
				case H2 -> "PUBLIC";
				case POSTGRESQL -> "public";
				case MARIADB -> connection.getCatalog();
			};
			TreeSet<String> lines = new TreeSet<>();
			String comment = switch (db.kind()) {
				case H2 -> "c.remarks";
				case POSTGRESQL -> "col_description((quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass, c.ordinal_position)";
				case MARIADB -> "c.column_comment";
			};
			String type = (db.kind() == DatabaseKind.MARIADB) ? "c.column_type" : "c.data_type";
			query(connection, "SELECT c.table_name, c.column_name, " + type + ", c.character_maximum_length,"
					+ " c.numeric_precision, c.numeric_scale, c.is_nullable, c.column_default, " + comment
					+ " FROM information_schema.columns c JOIN information_schema.tables t ON t.table_name = c.table_name"
					+ " AND t.table_schema = c.table_schema WHERE c.table_schema = '" + schema
					+ "' AND t.table_type IN ('BASE TABLE', 'TABLE')", lines, "column");
			query(connection, "SELECT tc.table_name, tc.constraint_type, "
					+ ((db.kind() == DatabaseKind.MARIADB) ? "'' name" : "CASE WHEN tc.constraint_type = 'PRIMARY KEY' THEN '' ELSE tc.constraint_name END")
					+ ", kcu.ordinal_position, kcu.column_name"
					+ " FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu"
					+ " ON kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name"
					+ " AND kcu.constraint_schema = tc.constraint_schema WHERE tc.table_schema = '" + schema
					+ "' AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')", lines, "key");
			String checks = switch (db.kind()) {
				case H2 -> "SELECT tc.table_name, cc.check_clause FROM information_schema.table_constraints tc"
						+ " JOIN information_schema.check_constraints cc ON cc.constraint_name = tc.constraint_name"
						+ " AND cc.constraint_schema = tc.constraint_schema WHERE tc.constraint_type = 'CHECK'"
						+ " AND tc.table_schema = '" + schema + "'";
				case POSTGRESQL -> "SELECT tc.table_name, cc.check_clause FROM information_schema.table_constraints tc"
						+ " JOIN information_schema.check_constraints cc ON cc.constraint_name = tc.constraint_name"
						+ " AND cc.constraint_schema = tc.constraint_schema WHERE tc.constraint_type = 'CHECK'"
						+ " AND tc.table_schema = '" + schema + "' AND cc.check_clause NOT LIKE '% IS NOT NULL'";
				case MARIADB -> "SELECT table_name, check_clause FROM information_schema.check_constraints"
						+ " WHERE constraint_schema = '" + schema + "'";
			};
			query(connection, checks, lines, "check");
			if (db.kind() == DatabaseKind.MARIADB) {
				// a MariaDB sequence is a table whose one row holds its settings
				TreeSet<String> names = new TreeSet<>();
				query(connection, "SELECT table_name FROM information_schema.tables WHERE table_type = 'SEQUENCE'"
						+ " AND table_schema = '" + schema + "'", names, "");
				for (String name : names) {
					query(connection, "SELECT '" + name.strip() + "', start_value, increment, cache_size FROM `" + schema + "`.`"
							+ name.strip() + "`", lines, "sequence");
				}
			}
			else {
				query(connection, "SELECT sequence_name, start_value, increment FROM information_schema.sequences"
						+ " WHERE sequence_schema = '" + schema + "'", lines, "sequence");
			}
			if (db.kind() == DatabaseKind.POSTGRESQL) {
				query(connection, "SELECT tc.table_name, tc.constraint_name, kcu.column_name, ccu.table_name, ccu.column_name"
						+ " FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu"
						+ " ON kcu.constraint_name = tc.constraint_name AND kcu.constraint_schema = tc.constraint_schema"
						+ " JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name"
						+ " AND ccu.constraint_schema = tc.constraint_schema WHERE tc.constraint_type = 'FOREIGN KEY'"
						+ " AND tc.table_schema = '" + schema + "'", lines, "references");
			}
			if (db.kind() == DatabaseKind.MARIADB) {
				query(connection, "SELECT table_name, constraint_name, column_name, referenced_table_name,"
						+ " referenced_column_name FROM information_schema.key_column_usage WHERE table_schema = '"
						+ schema + "' AND referenced_table_name IS NOT NULL", lines, "references");
			}
			indexes(connection, db.kind(), schema, lines);
			lines.removeIf((line) -> OWN.stream().anyMatch((own) -> line.contains(" " + own + " ")
					|| line.contains(" " + own.toUpperCase(Locale.ROOT) + " ")));
			// Hibernate's temporary tables for bulk mutations on H2; and names H2 makes up for unnamed constraints
			lines.removeIf((line) -> line.contains(" HTE_"));
			TreeSet<String> masked = new TreeSet<>();
			// (which Retort, unable to reproduce them, names as PostgreSQL would: <table>_<column>_key)
			lines.forEach((line) -> masked.add(line.replaceAll(" CONSTRAINT_[0-9A-F]+ ", " (auto) ")
				.replaceAll("^(key \\S+ UNIQUE) \\S+_KEY ", "$1 (auto) ")));
			return List.copyOf(masked);
		}
	}

	private static void query(Connection connection, String sql, TreeSet<String> lines, String kind)
			throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			int count = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= count; i++) {
					values.add(String.valueOf(rows.getString(i)));
				}
				lines.add(kind + " " + String.join(" ", values));
			}
		}
	}

	/** Indexes by table, name, uniqueness and columns in order; H2's names for key indexes are its own. */
	private static void indexes(Connection connection, DatabaseKind kind, String schema, TreeSet<String> lines)
			throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = metaData.getTables((kind == DatabaseKind.MARIADB) ? schema : null,
				(kind == DatabaseKind.MARIADB) ? null : schema, "%", new String[] { "TABLE", "BASE TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME"));
			}
		}
		for (String table : tables) {
			TreeMap<String, TreeMap<Integer, String>> columns = new TreeMap<>();
			TreeMap<String, Boolean> unique = new TreeMap<>();
			try (ResultSet rows = metaData.getIndexInfo((kind == DatabaseKind.MARIADB) ? schema : null,
					(kind == DatabaseKind.MARIADB) ? null : schema, table, false, false)) {
				while (rows.next()) {
					String name = rows.getString("INDEX_NAME");
					if (name == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
						continue;
					}
					if (kind == DatabaseKind.H2 && (name.startsWith("PRIMARY_KEY_") || name.contains("_INDEX_"))) {
						name = "(h2)";
					}
					columns.computeIfAbsent(name, (key) -> new TreeMap<>())
						.put((int) rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME"));
					unique.put(name, !rows.getBoolean("NON_UNIQUE"));
				}
			}
			columns.forEach((name, byPosition) -> lines
				.add("index " + table + " " + name + " " + (unique.get(name) ? "unique " : "") + byPosition.values()));
		}
	}

}
