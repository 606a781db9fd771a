package dev.retort.core.internal.db;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of the database side of one engine.
 *
 * @param schema the schema of Retort's tables; empty for the connection's default
 * @param versionTable the version table name
 * @param historyTable the history table name
 * @param lockTimeout how long to wait for the migration lock
 * @param appliedBy who the history table names; empty for database user and host name
 * @param retortVersion the version recorded in history rows
 * @param transactionPerMigration whether each revision commits on its own; {@code false} makes a
 * run one transaction where DDL is transactional
 * @param placeholders the values of {@code ${name}} and {@code ${x.key}} in SQL revisions that opt in
 * @param ddlLockTimeout how long one statement of a revision may wait for a table lock before the
 * revision is retried (PostgreSQL, MariaDB); zero to wait as the database does by default
 * @since 0.1.0
 */
public record Settings(Optional<String> schema, String versionTable, String historyTable, Duration lockTimeout,
		Optional<String> appliedBy, String retortVersion, boolean transactionPerMigration,
		Map<String, String> placeholders, Duration ddlLockTimeout) {

	/**
	 * Checks the names, which end up in SQL text.
	 */
	public Settings {
		schema.ifPresent((name) -> Identifiers.check(name, "schema (migrate.schema)"));
		Identifiers.check(versionTable, "version table (migrate.version-table)");
		Identifiers.check(historyTable, "history table (migrate.history-table)");
		placeholders = Map.copyOf(placeholders);
	}

	/**
	 * One transaction per revision and no placeholders.
	 * @param schema the schema of Retort's tables
	 * @param versionTable the version table name
	 * @param historyTable the history table name
	 * @param lockTimeout how long to wait for the migration lock
	 * @param appliedBy who the history table names
	 * @param retortVersion the version recorded in history rows
	 */
	public Settings(Optional<String> schema, String versionTable, String historyTable, Duration lockTimeout,
			Optional<String> appliedBy, String retortVersion) {
		this(schema, versionTable, historyTable, lockTimeout, appliedBy, retortVersion, true, Map.of(), Duration.ZERO);
	}

	Tables tables(Dialect dialect) {
		return new Tables(dialect, this.schema, this.versionTable, this.historyTable);
	}

}
