package dev.retort.core.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The read-only settings of a {@link Retort} engine. Spring Boot's {@code migrate.*} defaults are
 * tested against the constants here so the two never drift apart.
 *
 * @param locations where revisions live, for example {@code classpath:db/revisions}
 * @param versionTable the table holding one row per current head
 * @param historyTable the table holding one row per applied step
 * @param schema the schema of both tables; empty for the connection's default schema
 * @param validateChecksums whether {@code upgrade} refuses to run while an applied revision changed
 * @param lockTimeout how long to wait for another process's migration lock
 * @param dialect the dialect name for offline SQL ({@code h2}, {@code postgresql},
 * {@code mariadb}); empty to detect it from the connection
 * @param transactionPerMigration whether each revision commits on its own (the default); when
 * {@code false} a run on PostgreSQL is one transaction, so a failure rolls back every revision of
 * the run, as Alembic's default {@code transaction_per_migration=False} does. MariaDB and H2
 * commit DDL implicitly, so there every revision commits on its own either way
 * @param placeholders values of {@code ${name}} in SQL revisions that opt in with
 * {@code -- placeholders: true} ({@code migrate.placeholders.<name>})
 * @param xArguments Alembic's {@code -x key=value} arguments: {@code ${x.key}} in SQL revisions that
 * opt in, {@link dev.retort.core.api.migration.Operations#xArguments()} in Java revisions
 * @param ddlLockTimeout how long one statement of a revision may wait for a table lock on
 * PostgreSQL and MariaDB before the revision is rolled back and retried; zero for the database's
 * own setting
 * @since 0.1.0
 */
public record RetortConfiguration(List<String> locations, String versionTable, String historyTable,
		Optional<String> schema, boolean validateChecksums, Duration lockTimeout, Optional<String> dialect,
		boolean transactionPerMigration, Map<String, String> placeholders, Map<String, String> xArguments,
		Duration ddlLockTimeout) {

	/** Default revision location. */
	public static final String DEFAULT_LOCATION = "classpath:db/revisions";

	/** Default version table name. */
	public static final String DEFAULT_VERSION_TABLE = "retort_version";

	/** Default history table name. */
	public static final String DEFAULT_HISTORY_TABLE = "retort_history";

	/** Default lock timeout. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

	/** Whether each revision commits on its own by default. */
	public static final boolean DEFAULT_TRANSACTION_PER_MIGRATION = true;

	/** Default DDL lock timeout: long enough for a busy table, short enough not to stall its traffic. */
	public static final Duration DEFAULT_DDL_LOCK_TIMEOUT = Duration.ofSeconds(5);

	public RetortConfiguration {
		locations = List.copyOf(locations);
		Objects.requireNonNull(versionTable, "'versionTable' must not be null");
		Objects.requireNonNull(historyTable, "'historyTable' must not be null");
		Objects.requireNonNull(schema, "'schema' must not be null");
		Objects.requireNonNull(lockTimeout, "'lockTimeout' must not be null");
		Objects.requireNonNull(dialect, "'dialect' must not be null");
		Objects.requireNonNull(ddlLockTimeout, "'ddlLockTimeout' must not be null");
		placeholders = Map.copyOf(placeholders);
		xArguments = Map.copyOf(xArguments);
	}

	/**
	 * The settings of the first release, with one transaction per revision and no placeholders or
	 * {@code -x} arguments, and the default DDL lock timeout.
	 * @param locations where revisions live
	 * @param versionTable the version table
	 * @param historyTable the history table
	 * @param schema the schema of both tables
	 * @param validateChecksums whether upgrade refuses to run while an applied revision changed
	 * @param lockTimeout how long to wait for the migration lock
	 * @param dialect the dialect for offline SQL
	 */
	public RetortConfiguration(List<String> locations, String versionTable, String historyTable,
			Optional<String> schema, boolean validateChecksums, Duration lockTimeout, Optional<String> dialect) {
		this(locations, versionTable, historyTable, schema, validateChecksums, lockTimeout, dialect,
				DEFAULT_TRANSACTION_PER_MIGRATION, Map.of(), Map.of(), DEFAULT_DDL_LOCK_TIMEOUT);
	}

}
