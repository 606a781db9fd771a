package dev.retort.core.internal.autogenerate;

import java.util.Optional;

import dev.retort.core.internal.db.Dialect;

/**
 * The SQL that sets a table's or a column's comment: {@code COMMENT ON} on H2 and PostgreSQL;
 * on MariaDB a table option, and for a column a {@code MODIFY} that restates the whole column
 * (MariaDB keeps column comments in the column definition).
 */
final class Comments {

	private Comments() {
	}

	static String table(Dialect dialect, String table, String comment) {
		return (dialect == Dialect.MARIADB) ? "ALTER TABLE " + table + " COMMENT = " + literal(comment)
				: "COMMENT ON TABLE " + table + " IS " + literal(comment);
	}

	/**
	 * @param definition MariaDB only: the column's full definition without the comment, for
	 * example {@code varchar(80) NOT NULL}
	 */
	static String column(Dialect dialect, String table, String column, String definition, Optional<String> comment) {
		if (dialect == Dialect.MARIADB) {
			return "ALTER TABLE " + table + " MODIFY " + column + " " + definition + " COMMENT "
					+ literal(comment.orElse(""));
		}
		return "COMMENT ON COLUMN " + table + "." + column + " IS " + comment.map(Comments::literal).orElse("NULL");
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
