package dev.retort.core.internal.autogenerate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.retort.core.autogenerate.CheckModel;
import dev.retort.core.autogenerate.ColumnModel;
import dev.retort.core.autogenerate.ForeignKeyModel;
import dev.retort.core.autogenerate.IndexModel;
import dev.retort.core.autogenerate.SchemaModel;
import dev.retort.core.autogenerate.SequenceModel;
import dev.retort.core.autogenerate.TableModel;
import dev.retort.core.autogenerate.UniqueModel;
import dev.retort.core.internal.db.Dialect;

/**
 * Reads one schema of a live database into a {@link SchemaModel} through JDBC metadata, plus
 * {@code information_schema} where metadata cannot tell a unique constraint from a unique index.
 * H2's upper-case names are folded to lower case, as unquoted names in the model are. Retort's own
 * tables are left out.
 *
 * @since 0.1.0
 */
public final class Inspector {

	private final Connection connection;

	private final Dialect dialect;

	private final @Nullable String catalog;

	private final @Nullable String schema;

	private final Set<String> ignoredTables;

	/**
	 * @param connection the connection
	 * @param dialect its dialect
	 * @param schema the schema to read; empty for the connection's current schema
	 * @param ignoredTables tables never reported, compared case-insensitively (Retort's own)
	 * @throws SQLException when the current schema cannot be read
	 */
	public Inspector(Connection connection, Dialect dialect, Optional<String> schema, Set<String> ignoredTables)
			throws SQLException {
		this.connection = connection;
		this.dialect = dialect;
		if (dialect == Dialect.MARIADB) {
			this.catalog = schema.orElse(connection.getCatalog());
			this.schema = null;
		}
		else {
			this.catalog = connection.getCatalog();
			String name = schema.orElse(connection.getSchema());
			this.schema = (dialect == Dialect.H2 && name != null && name.equals(name.toLowerCase(Locale.ROOT)))
					? name.toUpperCase(Locale.ROOT) : name;
		}
		this.ignoredTables = new HashSet<>();
		ignoredTables.forEach((table) -> this.ignoredTables.add(table.toLowerCase(Locale.ROOT)));
	}

	/**
	 * Read the schema.
	 * @return the tables and sequences
	 * @throws SQLException when reading fails
	 */
	public SchemaModel inspect() throws SQLException {
		DatabaseMetaData metaData = this.connection.getMetaData();
		List<String> tableNames = new ArrayList<>();
		Map<String, String> tableComments = new LinkedHashMap<>();
		try (ResultSet rows = metaData.getTables(this.catalog, this.schema, "%", null)) {
			while (rows.next()) {
				String type = String.valueOf(rows.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
				String name = rows.getString("TABLE_NAME");
				if ((type.equals("TABLE") || type.equals("BASE TABLE"))
						&& !this.ignoredTables.contains(name.toLowerCase(Locale.ROOT))) {
					tableNames.add(name);
					String remarks = rows.getString("REMARKS");
					if (remarks != null && !remarks.isEmpty()) {
						tableComments.put(name, remarks);
					}
				}
			}
		}
		Map<String, List<CheckModel>> checks = new CheckConstraints(this.connection, this.dialect, this.catalog,
				this.schema).read();
		Map<String, List<ColumnModel>> columns = columns(metaData);
		Map<String, List<UniqueModel>> uniques = new UniqueConstraints(this.connection, this.dialect, this.catalog,
				this.schema).read();
		TableKeys keys = new TableKeys(this.connection, this.dialect, this.catalog, this.schema);
		List<TableModel> tables = new ArrayList<>();
		for (String name : tableNames) {
			List<String> primaryKey = primaryKey(keys, name);
			List<UniqueModel> tableUniques = uniques.getOrDefault(name, List.of());
			tables.add(new TableModel(fold(name), columns.getOrDefault(name, List.of()), primaryKey,
					indexes(keys, name, primaryKey, tableUniques), tableUniques, foreignKeys(keys, name),
					checks.getOrDefault(name, List.of()), Optional.ofNullable(tableComments.get(name))));
		}
		return new SchemaModel(tables, new Sequences(this.connection, this.dialect, this.catalog, this.schema).read()
			.stream()
			.map((sequence) -> new SequenceModel(fold(sequence.name()), sequence.start(), sequence.increment(),
					sequence.cache()))
			.toList());
	}

	/** One metadata query for all columns of the schema, grouped by table. */
	private Map<String, List<ColumnModel>> columns(DatabaseMetaData metaData) throws SQLException {
		Map<String, List<ColumnModel>> byTable = new LinkedHashMap<>();
		try (ResultSet rows = metaData.getColumns(this.catalog, this.schema, "%", "%")) {
			while (rows.next()) {
				String table = rows.getString("TABLE_NAME");
				String typeName = rows.getString("TYPE_NAME");
				int size = rows.getInt("COLUMN_SIZE");
				boolean sizeKnown = !rows.wasNull();
				int digits = rows.getInt("DECIMAL_DIGITS");
				boolean nullable = rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
				String defaultValue = rows.getString("COLUMN_DEF");
				boolean autoIncrement = "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"));
				if (defaultValue != null && defaultValue.toLowerCase(Locale.ROOT).startsWith("nextval(")) {
					autoIncrement = true;
				}
				String type = typeText(typeName, sizeKnown ? size : -1, digits);
				String remarks = rows.getString("REMARKS");
				byTable.computeIfAbsent(table, (key) -> new ArrayList<>())
					.add(new ColumnModel(fold(rows.getString("COLUMN_NAME")), type, nullable,
							autoIncrement ? Optional.empty() : Optional.ofNullable(defaultValue), autoIncrement,
							Optional.ofNullable(remarks).filter((text) -> !text.isEmpty())));
			}
		}
		return byTable;
	}

	/** The type as DDL would write it; sizes only where they are part of the type. */
	static String typeText(String typeName, int size, int digits) {
		String lower = typeName.toLowerCase(Locale.ROOT);
		if (size < 0) {
			return lower;
		}
		return switch (lower) {
			case "varchar", "character varying", "char", "character", "bpchar", "nvarchar", "nchar", "varbinary",
					"binary varying", "binary", "bit", "tinyint", "varchar_ignorecase" -> lower + "(" + size + ")";
			case "numeric", "decimal" -> lower + "(" + size + "," + digits + ")";
			default -> lower;
		};
	}

	private List<String> primaryKey(TableKeys keys, String table) throws SQLException {
		Map<Integer, String> columns = new TreeMap<>();
		keys.primaryKey(table).forEach((key) -> columns.put(key.position(), fold(key.column())));
		return List.copyOf(columns.values());
	}

	/** Indexes that back the primary key or a unique constraint are that key or constraint, not indexes. */
	private List<IndexModel> indexes(TableKeys keys, String table, List<String> primaryKey, List<UniqueModel> uniques)
			throws SQLException {
		Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
		Map<String, Boolean> unique = new LinkedHashMap<>();
		for (TableKeys.IndexColumn column : keys.indexes(table)) {
			columns.computeIfAbsent(column.index(), (key) -> new TreeMap<>()).put(column.position(), fold(column.column()));
			unique.put(column.index(), column.unique());
		}
		Set<String> taken = new HashSet<>();
		taken.add(ConstraintComparator.columnsKey(primaryKey));
		uniques.forEach((constraint) -> taken.add(ConstraintComparator.columnsKey(constraint.columns())));
		List<IndexModel> indexes = new ArrayList<>();
		columns.forEach((name, byPosition) -> {
			List<String> indexColumns = List.copyOf(byPosition.values());
			boolean isUnique = unique.get(name);
			if (!(isUnique && taken.contains(ConstraintComparator.columnsKey(indexColumns)))) {
				indexes.add(new IndexModel(fold(name), indexColumns, isUnique));
			}
		});
		return indexes;
	}

	private List<ForeignKeyModel> foreignKeys(TableKeys keys, String table) throws SQLException {
		Map<String, List<TableKeys.ForeignKeyColumn>> byName = new LinkedHashMap<>();
		keys.foreignKeys(table)
			.forEach((column) -> byName.computeIfAbsent(column.name(), (key) -> new ArrayList<>()).add(column));
		List<ForeignKeyModel> foreignKeys = new ArrayList<>();
		byName.forEach((name, parts) -> {
			parts.sort(java.util.Comparator.comparingInt(TableKeys.ForeignKeyColumn::position));
			foreignKeys.add(new ForeignKeyModel(fold(name),
					parts.stream().map((part) -> fold(part.column())).toList(), fold(parts.get(0).referencedTable()),
					parts.stream().map((part) -> fold(part.referencedColumn())).toList(),
					deleteRule(parts.get(0).deleteRule())));
		});
		return foreignKeys;
	}

	/** The actions a model states; NO ACTION and RESTRICT (MariaDB's name for the default) are the default. */
	private static Optional<String> deleteRule(short rule) {
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> Optional.of("CASCADE");
			case DatabaseMetaData.importedKeySetNull -> Optional.of("SET NULL");
			case DatabaseMetaData.importedKeySetDefault -> Optional.of("SET DEFAULT");
			default -> Optional.empty();
		};
	}

	/** H2 stores unquoted names in upper case; the model writes them in lower case. */
	private String fold(String name) {
		return (this.dialect == Dialect.H2 && name.equals(name.toUpperCase(Locale.ROOT)))
				? name.toLowerCase(Locale.ROOT) : name;
	}

	static void forEachRow(Connection connection, String sql, List<String> parameters, RowHandler handler)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.size(); i++) {
				statement.setString(i + 1, parameters.get(i));
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					handler.row(rows);
				}
			}
		}
	}

	/** Reads one row. */
	@FunctionalInterface
	interface RowHandler {

		void row(ResultSet row) throws SQLException;

	}

}
