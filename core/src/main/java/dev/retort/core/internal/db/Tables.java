package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The quoted, schema-qualified names of Retort's tables for one dialect.
 *
 * @param dialect the dialect
 * @param schema the schema, empty for the connection's default
 * @param versionName the version table's plain name
 * @param historyName the history table's plain name
 * @param sessionSchema the schema the connection had when the run began, which qualifies the
 * names when none is configured
 * @param absent plain names of the tables known not to exist, so nothing queries them
 */
record Tables(Dialect dialect, Optional<String> schema, String versionName, String historyName,
		Optional<String> sessionSchema, Set<String> absent) {

	Tables(Dialect dialect, Optional<String> schema, String versionName, String historyName) {
		this(dialect, schema, versionName, historyName, Optional.empty(), Set.of());
	}

	/**
	 * On MariaDB, which database the tables live in and whether they exist are asked in one
	 * query before reading them: the driver logs every server error, and reading a missing
	 * table, which a first run expects, would print a warning to the user's console.
	 * @param connection the connection
	 * @return these tables, with the missing ones noted on MariaDB
	 */
	Tables probed(Connection connection) throws SQLException {
		if (this.dialect != Dialect.MARIADB) {
			return this;
		}
		Set<String> missing = new HashSet<>(List.of(this.versionName, this.historyName));
		try (PreparedStatement statement = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
				+ " WHERE table_schema = COALESCE(?, DATABASE()) AND table_name IN (?, ?)")) {
			statement.setString(1, this.schema.orElse(null));
			statement.setString(2, this.versionName);
			statement.setString(3, this.historyName);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					missing.remove(rows.getString(1));
				}
			}
		}
		return new Tables(this.dialect, this.schema, this.versionName, this.historyName, this.sessionSchema,
				Set.copyOf(missing));
	}

	/** Whether the table of this plain name is known not to exist. */
	boolean isAbsent(String name) {
		return this.absent.contains(name);
	}

	/**
	 * The same tables in the given schema, unless one is configured: the schema the connection
	 * had when the run began, so that a revision that changes the session (PostgreSQL's
	 * {@code search_path}, MariaDB's {@code USE}) cannot redirect the bookkeeping.
	 * @param current the connection's schema or database at the start of the run, if any
	 * @return the tables, schema-qualified when a schema is known
	 */
	Tables in(Optional<String> current) {
		return new Tables(this.dialect, this.schema, this.versionName, this.historyName, current, this.absent);
	}

	String version() {
		return qualify(this.versionName);
	}

	String history() {
		return qualify(this.historyName);
	}

	/** H2's lock table: a row that one session at a time holds {@code FOR UPDATE}. */
	String lock() {
		return qualify(this.versionName + "_lock");
	}

	/** The version table as messages name it, unquoted, with the schema only when one is configured. */
	String versionDisplay() {
		return this.schema.map((name) -> name + "." + this.versionName).orElse(this.versionName);
	}

	private String qualify(String name) {
		return this.schema.or(() -> this.sessionSchema).map((s) -> this.dialect.quote(s) + ".").orElse("")
				+ this.dialect.quote(name);
	}

}
