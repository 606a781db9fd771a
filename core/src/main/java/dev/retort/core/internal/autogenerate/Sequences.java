package dev.retort.core.internal.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

import dev.retort.core.autogenerate.SequenceModel;
import dev.retort.core.internal.db.Dialect;

/**
 * The schema's own sequences. Sequences a database made for identity or serial columns belong to
 * their column and are left out.
 */
final class Sequences {

	private static final String POSTGRESQL = "SELECT s.sequence_name, s.start_value, s.increment"
			+ " FROM information_schema.sequences s JOIN pg_catalog.pg_namespace n ON n.nspname = s.sequence_schema"
			+ " JOIN pg_catalog.pg_class c ON c.relname = s.sequence_name AND c.relnamespace = n.oid"
			+ " WHERE s.sequence_schema = ? AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d"
			+ " WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0)"
			+ " ORDER BY s.sequence_name";

	private static final String H2 = "SELECT sequence_name, start_value, increment FROM information_schema.sequences"
			+ " WHERE sequence_schema = ? AND sequence_name NOT LIKE 'SYSTEM_SEQUENCE%' ORDER BY sequence_name";

	private static final String MARIADB = "SELECT table_name FROM information_schema.tables"
			+ " WHERE table_schema = ? AND table_type = 'SEQUENCE' ORDER BY table_name";

	private final Connection connection;

	private final Dialect dialect;

	private final String schema;

	Sequences(Connection connection, Dialect dialect, @Nullable String catalog, @Nullable String schema) {
		this.connection = connection;
		this.dialect = dialect;
		this.schema = String.valueOf((dialect == Dialect.MARIADB) ? catalog : schema);
	}

	/** Names as the database spells them. */
	List<SequenceModel> read() throws SQLException {
		List<SequenceModel> sequences = new ArrayList<>();
		if (this.dialect == Dialect.MARIADB) {
			List<String> names = new ArrayList<>();
			Inspector.forEachRow(this.connection, MARIADB, List.of(this.schema), (row) -> names.add(row.getString(1)));
			for (String name : names) {
				// a MariaDB sequence is a table whose one row holds its settings
				String table = "`" + this.schema + "`.`" + name + "`";
				Inspector.forEachRow(this.connection, "SELECT start_value, increment, cache_size FROM " + table,
						List.of(), (row) -> sequences.add(new SequenceModel(name, row.getLong(1), row.getLong(2),
								OptionalLong.of(row.getLong(3)))));
			}
			return sequences;
		}
		String sql = (this.dialect == Dialect.POSTGRESQL) ? POSTGRESQL : H2;
		Inspector.forEachRow(this.connection, sql, List.of(this.schema), (row) -> sequences
			.add(new SequenceModel(row.getString(1), row.getLong(2), row.getLong(3))));
		return sequences;
	}

}
