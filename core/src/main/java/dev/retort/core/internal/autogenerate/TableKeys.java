package dev.retort.core.internal.autogenerate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.retort.core.internal.db.Dialect;

/**
 * The primary-key, index and foreign-key columns of a schema's tables, as JDBC metadata reports
 * them. On PostgreSQL they are read for every table at once, in three catalog queries; the driver's
 * per-table metadata queries cost a round trip and a catalog join each, three per table, which for
 * a few hundred tables took longer than everything else autogenerate does. H2 and MariaDB answer
 * per table only, and answer quickly.
 */
final class TableKeys {

	/**
	 * The index columns of every table of a schema, as {@code getIndexInfo} gives them for one:
	 * key columns in order (an expression where the key is one), no {@code INCLUDE} columns.
	 */
	private static final String POSTGRESQL_INDEXES = "SELECT t.relname, i.relname, ix.indisunique, k.ord,"
			+ " COALESCE(a.attname, pg_catalog.pg_get_indexdef(ix.indexrelid, k.ord::int, false))"
			+ " FROM pg_catalog.pg_index ix JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid"
			+ " JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid"
			+ " JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace"
			+ " CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)"
			+ " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0"
			+ " WHERE n.nspname = ? AND k.ord <= ix.indnkeyatts ORDER BY t.relname, NOT ix.indisunique, i.relname, k.ord";

	/** The primary-key columns of every table of a schema, in key order. */
	private static final String POSTGRESQL_PRIMARY_KEYS = "SELECT t.relname, k.ord, a.attname"
			+ " FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid"
			+ " JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace"
			+ " CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)"
			+ " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum"
			+ " WHERE c.contype = 'p' AND n.nspname = ?";

	/** A key column: its position in the key, from 1. */
	record KeyColumn(int position, String column) {
	}

	/** A column of an index. */
	record IndexColumn(String index, int position, String column, boolean unique) {
	}

	/** A column of a foreign key, with the column it references and the key's delete rule. */
	record ForeignKeyColumn(String name, int position, String column, String referencedTable,
			String referencedColumn, short deleteRule) {
	}

	private final DatabaseMetaData metaData;

	private final @Nullable String catalog;

	private final @Nullable String schema;

	private final @Nullable Map<String, List<KeyColumn>> primaryKeys;

	private final @Nullable Map<String, List<IndexColumn>> indexes;

	private final @Nullable Map<String, List<ForeignKeyColumn>> foreignKeys;

	TableKeys(Connection connection, Dialect dialect, @Nullable String catalog, @Nullable String schema)
			throws SQLException {
		this.metaData = connection.getMetaData();
		this.catalog = catalog;
		this.schema = schema;
		if (dialect == Dialect.POSTGRESQL && schema != null) {
			// the driver takes a null table as every table of the schema; its primary-key query is slow, this is not
			this.foreignKeys = readForeignKeys(null);
			Map<String, List<KeyColumn>> keys = new HashMap<>();
			Inspector.forEachRow(connection, POSTGRESQL_PRIMARY_KEYS, List.of(schema),
					(row) -> keys.computeIfAbsent(row.getString(1), (key) -> new ArrayList<>())
						.add(new KeyColumn(row.getInt(2), row.getString(3))));
			this.primaryKeys = keys;
			Map<String, List<IndexColumn>> all = new HashMap<>();
			Inspector.forEachRow(connection, POSTGRESQL_INDEXES, List.of(schema),
					(row) -> all.computeIfAbsent(row.getString(1), (key) -> new ArrayList<>())
						.add(new IndexColumn(row.getString(2), row.getInt(4), row.getString(5), row.getBoolean(3))));
			this.indexes = all;
		}
		else {
			this.primaryKeys = null;
			this.indexes = null;
			this.foreignKeys = null;
		}
	}

	List<KeyColumn> primaryKey(String table) throws SQLException {
		return (this.primaryKeys != null) ? this.primaryKeys.getOrDefault(table, List.of())
				: readPrimaryKeys(table).values().stream().flatMap(List::stream).toList();
	}

	List<IndexColumn> indexes(String table) throws SQLException {
		if (this.indexes != null) {
			return this.indexes.getOrDefault(table, List.of());
		}
		List<IndexColumn> columns = new ArrayList<>();
		try (ResultSet rows = this.metaData.getIndexInfo(this.catalog, this.schema, table, false, false)) {
			while (rows.next()) {
				String name = rows.getString("INDEX_NAME");
				String column = rows.getString("COLUMN_NAME");
				if (name != null && column != null && rows.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic) {
					columns.add(new IndexColumn(name, rows.getShort("ORDINAL_POSITION"), column,
							!rows.getBoolean("NON_UNIQUE")));
				}
			}
		}
		return columns;
	}

	List<ForeignKeyColumn> foreignKeys(String table) throws SQLException {
		return (this.foreignKeys != null) ? this.foreignKeys.getOrDefault(table, List.of())
				: readForeignKeys(table).values().stream().flatMap(List::stream).toList();
	}

	private Map<String, List<KeyColumn>> readPrimaryKeys(String table) throws SQLException {
		Map<String, List<KeyColumn>> byTable = new HashMap<>();
		try (ResultSet rows = this.metaData.getPrimaryKeys(this.catalog, this.schema, table)) {
			while (rows.next()) {
				byTable.computeIfAbsent(rows.getString("TABLE_NAME"), (key) -> new ArrayList<>())
					.add(new KeyColumn(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME")));
			}
		}
		return byTable;
	}

	private Map<String, List<ForeignKeyColumn>> readForeignKeys(@Nullable String table) throws SQLException {
		Map<String, List<ForeignKeyColumn>> byTable = new HashMap<>();
		try (ResultSet rows = this.metaData.getImportedKeys(this.catalog, this.schema, table)) {
			while (rows.next()) {
				byTable.computeIfAbsent(rows.getString("FKTABLE_NAME"), (key) -> new ArrayList<>())
					.add(new ForeignKeyColumn(rows.getString("FK_NAME"), rows.getShort("KEY_SEQ"),
							rows.getString("FKCOLUMN_NAME"), rows.getString("PKTABLE_NAME"),
							rows.getString("PKCOLUMN_NAME"), rows.getShort("DELETE_RULE")));
			}
		}
		return byTable;
	}

}
