package dev.retort.core.internal.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.retort.core.autogenerate.UniqueModel;
import dev.retort.core.internal.db.Dialect;

/**
 * Unique constraints from {@code information_schema}: JDBC metadata only lists their backing
 * indexes, whose names differ from the constraint's on H2, and a unique constraint must be dropped
 * as a constraint on PostgreSQL and H2.
 */
final class UniqueConstraints {

	private static final String SQL = "SELECT tc.table_name, tc.constraint_name, kcu.column_name"
			+ " FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu"
			+ " ON kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name"
			+ " AND kcu.constraint_schema = tc.constraint_schema"
			+ " WHERE tc.constraint_type = 'UNIQUE' AND tc.table_schema = ?"
			+ " ORDER BY tc.table_name, tc.constraint_name, kcu.ordinal_position";

	/**
	 * The same from PostgreSQL's catalog: its {@code information_schema} views join and check
	 * privileges row by row, and took seconds for a few hundred tables.
	 */
	private static final String POSTGRESQL = "SELECT t.relname, c.conname, a.attname FROM pg_catalog.pg_constraint c"
			+ " JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace"
			+ " CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)"
			+ " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum"
			+ " WHERE c.contype = 'u' AND n.nspname = ? ORDER BY t.relname, c.conname, k.ord";

	private final Connection connection;

	private final Dialect dialect;

	private final String schema;

	UniqueConstraints(Connection connection, Dialect dialect, @Nullable String catalog, @Nullable String schema) {
		this.connection = connection;
		this.dialect = dialect;
		this.schema = String.valueOf((dialect == Dialect.MARIADB) ? catalog : schema);
	}

	/** Constraints by the table's name as the database spells it. */
	Map<String, List<UniqueModel>> read() throws SQLException {
		Map<String, Map<String, List<String>>> columns = new LinkedHashMap<>();
		Inspector.forEachRow(this.connection, (this.dialect == Dialect.POSTGRESQL) ? POSTGRESQL : SQL,
				List.of(this.schema), (row) -> columns
			.computeIfAbsent(row.getString(1), (key) -> new LinkedHashMap<>())
			.computeIfAbsent(row.getString(2), (key) -> new ArrayList<>())
			.add(fold(row.getString(3))));
		Map<String, List<UniqueModel>> result = new LinkedHashMap<>();
		columns.forEach((table, constraints) -> constraints.forEach((name, constraintColumns) -> result
			.computeIfAbsent(table, (key) -> new ArrayList<>())
			.add(new UniqueModel(fold(name), constraintColumns))));
		return result;
	}

	private String fold(String name) {
		return (this.dialect == Dialect.H2 && name.equals(name.toUpperCase(Locale.ROOT)))
				? name.toLowerCase(Locale.ROOT) : name;
	}

}
