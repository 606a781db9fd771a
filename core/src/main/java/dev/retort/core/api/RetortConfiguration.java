package dev.retort.core.api;

import java.time.Duration;
import java.util.List;
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
 * @param ddlLockTimeout how long one statement of a revision may wait for a table lock on
 * PostgreSQL and MariaDB before the revision is rolled back and retried; zero for the database's
 * own setting
 * @since 0.1.0
 */
public record RetortConfiguration(List<String> locations, String versionTable, String historyTable,
		Optional<String> schema, boolean validateChecksums, Duration lockTimeout, Optional<String> dialect,
		Duration ddlLockTimeout) {

	/** Default revision location. */
	public static final String DEFAULT_LOCATION = "classpath:db/revisions";

	/** Default version table name. */
	public static final String DEFAULT_VERSION_TABLE = "retort_version";

	/** Default history table name. */
	public static final String DEFAULT_HISTORY_TABLE = "retort_history";

	/** Default lock timeout. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

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
	}

}
