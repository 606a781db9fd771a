package dev.retort.core.internal.db;

import java.util.Optional;

/**
 * The quoted, schema-qualified names of Retort's tables for one dialect.
 *
 * @param dialect the dialect
 * @param schema the schema, empty for the connection's default
 * @param versionName the version table's plain name
 * @param historyName the history table's plain name
 */
record Tables(Dialect dialect, Optional<String> schema, String versionName, String historyName) {

	Tables {
		schema.ifPresent((name) -> Identifiers.check(name, "schema"));
		Identifiers.check(versionName, "version table");
		Identifiers.check(historyName, "history table");
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

	/** The version table as messages name it, unquoted. */
	String versionDisplay() {
		return this.schema.map((name) -> name + "." + this.versionName).orElse(this.versionName);
	}

	private String qualify(String name) {
		return this.schema.map((s) -> this.dialect.quote(s) + ".").orElse("") + this.dialect.quote(name);
	}

}
