package dev.retort.core.internal.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.retort.core.autogenerate.CheckModel;
import dev.retort.core.internal.db.Dialect;

/**
 * Check constraints from {@code information_schema}, which JDBC metadata does not list.
 * PostgreSQL's own {@code NOT NULL} checks are left out: they are nullability.
 */
final class CheckConstraints {

	private static final String STANDARD = "SELECT tc.table_name, tc.constraint_name, cc.check_clause"
			+ " FROM information_schema.table_constraints tc JOIN information_schema.check_constraints cc"
			+ " ON cc.constraint_name = tc.constraint_name AND cc.constraint_schema = tc.constraint_schema"
			+ " WHERE tc.constraint_type = 'CHECK' AND tc.table_schema = ? ORDER BY tc.table_name, tc.constraint_name";

	/** The same from PostgreSQL's catalog, which answers in a fraction of its information_schema's time. */
	private static final String POSTGRESQL = "SELECT t.relname, c.conname,"
			+ " substring(pg_catalog.pg_get_constraintdef(c.oid) from 7) FROM pg_catalog.pg_constraint c"
			+ " JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace"
			+ " WHERE c.contype = 'c' AND n.nspname = ? ORDER BY t.relname, c.conname";

	private static final String MARIADB = "SELECT table_name, constraint_name, check_clause"
			+ " FROM information_schema.check_constraints WHERE constraint_schema = ?"
			+ " ORDER BY table_name, constraint_name";

	private final Connection connection;

	private final Dialect dialect;

	private final String schema;

	CheckConstraints(Connection connection, Dialect dialect, @Nullable String catalog, @Nullable String schema) {
		this.connection = connection;
		this.dialect = dialect;
		this.schema = String.valueOf((dialect == Dialect.MARIADB) ? catalog : schema);
	}

	/** Checks by the table's name as the database spells it. */
	Map<String, List<CheckModel>> read() throws SQLException {
		Map<String, List<CheckModel>> checks = new LinkedHashMap<>();
		String sql = switch (this.dialect) {
			case MARIADB -> MARIADB;
			case POSTGRESQL -> POSTGRESQL;
			case H2 -> STANDARD;
		};
		Inspector.forEachRow(this.connection, sql, List.of(this.schema), (row) -> {
					String clause = row.getString(3);
					if (this.dialect == Dialect.POSTGRESQL && clause.endsWith(" IS NOT NULL")) {
						return;
					}
					String name = row.getString(2);
					if (this.dialect == Dialect.H2 && name.equals(name.toUpperCase(Locale.ROOT))) {
						name = name.toLowerCase(Locale.ROOT);
					}
					checks.computeIfAbsent(row.getString(1), (key) -> new ArrayList<>()).add(new CheckModel(name, clause));
				});
		return checks;
	}

}
