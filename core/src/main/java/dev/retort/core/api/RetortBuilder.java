package dev.retort.core.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.retort.core.internal.db.Dialect;
import dev.retort.core.internal.db.DriverDataSource;
import dev.retort.core.internal.db.Identifiers;
import dev.retort.core.script.ScriptSource;

/**
 * Configures and builds a {@link Retort} engine. Not thread-safe; {@link #load()} returns an
 * immutable engine and the builder may be reused afterwards.
 *
 * @since 0.1.0
 */
public final class RetortBuilder {

	private @Nullable DataSource dataSource;

	private List<String> locations = List.of(RetortConfiguration.DEFAULT_LOCATION);

	private @Nullable ClassLoader classLoader;

	private @Nullable ScriptSource scriptSource;

	private String versionTable = RetortConfiguration.DEFAULT_VERSION_TABLE;

	private String historyTable = RetortConfiguration.DEFAULT_HISTORY_TABLE;

	private @Nullable String schema;

	private boolean validateChecksums = true;

	private Duration lockTimeout = RetortConfiguration.DEFAULT_LOCK_TIMEOUT;

	private Duration ddlLockTimeout = RetortConfiguration.DEFAULT_DDL_LOCK_TIMEOUT;

	private @Nullable String dialect;

	private final List<MigrationListener> listeners = new ArrayList<>();

	private @Nullable MigrationFactory migrationFactory;

	private @Nullable String appliedBy;

	private boolean transactionPerMigration = RetortConfiguration.DEFAULT_TRANSACTION_PER_MIGRATION;

	private Map<String, String> placeholders = Map.of();

	private Map<String, String> xArguments = Map.of();

	RetortBuilder() {
	}

	/**
	 * The database to migrate; the engine borrows connections and returns them.
	 * @param dataSource the data source
	 * @return this builder
	 */
	public RetortBuilder dataSource(DataSource dataSource) {
		this.dataSource = Objects.requireNonNull(dataSource, "'dataSource' must not be null");
		return this;
	}

	/**
	 * The database to migrate, by JDBC URL; a connection is opened per command and closed after it.
	 * @param url the JDBC URL
	 * @param user the user, or {@code null}
	 * @param password the password, or {@code null}; never logged nor shown in messages
	 * @return this builder
	 */
	public RetortBuilder url(String url, @Nullable String user, @Nullable String password) {
		Objects.requireNonNull(url, "'url' must not be null");
		this.dataSource = new DriverDataSource(url, user, password);
		return this;
	}

	/**
	 * Revision locations ({@code classpath:db/revisions}, {@code filesystem:/dir}).
	 * @param locations the locations
	 * @return this builder
	 */
	public RetortBuilder locations(String... locations) {
		return locations(List.of(locations));
	}

	/**
	 * Who the history table names as having run each step; by default the database user and the
	 * local host name ({@code user@host}).
	 * @param appliedBy the name
	 * @return this builder
	 */
	public RetortBuilder appliedBy(String appliedBy) {
		this.appliedBy = Objects.requireNonNull(appliedBy, "'appliedBy' must not be null");
		return this;
	}

	/**
	 * Revision locations ({@code classpath:db/revisions}, {@code filesystem:/dir}).
	 * @param locations the locations
	 * @return this builder
	 */
	public RetortBuilder locations(List<String> locations) {
		this.locations = List.copyOf(locations);
		return this;
	}

	/**
	 * The class loader for {@code classpath:} locations.
	 * @param classLoader the class loader
	 * @return this builder
	 */
	public RetortBuilder classLoader(ClassLoader classLoader) {
		this.classLoader = Objects.requireNonNull(classLoader, "'classLoader' must not be null");
		return this;
	}

	/**
	 * Replace location scanning with another source of revisions.
	 * @param scriptSource the source
	 * @return this builder
	 */
	public RetortBuilder scriptSource(ScriptSource scriptSource) {
		this.scriptSource = Objects.requireNonNull(scriptSource, "'scriptSource' must not be null");
		return this;
	}

	/**
	 * @param versionTable the version table name
	 * @return this builder
	 */
	public RetortBuilder versionTable(String versionTable) {
		this.versionTable = Objects.requireNonNull(versionTable, "'versionTable' must not be null");
		return this;
	}

	/**
	 * @param historyTable the history table name
	 * @return this builder
	 */
	public RetortBuilder historyTable(String historyTable) {
		this.historyTable = Objects.requireNonNull(historyTable, "'historyTable' must not be null");
		return this;
	}

	/**
	 * @param schema the schema of Retort's tables, or {@code null} for the connection's default
	 * @return this builder
	 */
	public RetortBuilder schema(@Nullable String schema) {
		this.schema = schema;
		return this;
	}

	/**
	 * @param validateChecksums whether {@code upgrade} refuses to run while an applied revision changed
	 * @return this builder
	 */
	public RetortBuilder validateChecksums(boolean validateChecksums) {
		this.validateChecksums = validateChecksums;
		return this;
	}

	/**
	 * @param lockTimeout how long to wait for another process's migration lock
	 * @return this builder
	 */
	public RetortBuilder lockTimeout(Duration lockTimeout) {
		this.lockTimeout = Objects.requireNonNull(lockTimeout, "'lockTimeout' must not be null");
		return this;
	}

	/**
	 * @param ddlLockTimeout how long one statement of a revision may wait for a table lock (PostgreSQL
	 * {@code lock_timeout}, MariaDB {@code lock_wait_timeout}) before the revision is rolled back and
	 * retried; {@link Duration#ZERO} keeps the database's own setting
	 * @return this builder
	 */
	public RetortBuilder ddlLockTimeout(Duration ddlLockTimeout) {
		this.ddlLockTimeout = Objects.requireNonNull(ddlLockTimeout, "'ddlLockTimeout' must not be null");
		return this;
	}

	/**
	 * @param dialect {@code h2}, {@code postgresql} or {@code mariadb}, for offline SQL without a connection
	 * @return this builder
	 */
	public RetortBuilder dialect(@Nullable String dialect) {
		this.dialect = dialect;
		return this;
	}

	/**
	 * @param transactionPerMigration whether each revision commits on its own (default {@code true});
	 * {@code false} runs a whole upgrade or downgrade as one transaction where DDL is transactional
	 * (PostgreSQL), as Alembic's default does
	 * @return this builder
	 */
	public RetortBuilder transactionPerMigration(boolean transactionPerMigration) {
		this.transactionPerMigration = transactionPerMigration;
		return this;
	}

	/**
	 * @param placeholders values of {@code ${name}} in SQL revisions with the header
	 * {@code -- placeholders: true}; replaces any earlier map
	 * @return this builder
	 */
	public RetortBuilder placeholders(Map<String, String> placeholders) {
		this.placeholders = Map.copyOf(placeholders);
		return this;
	}

	/**
	 * @param xArguments Alembic's {@code -x key=value} arguments, {@code ${x.key}} in SQL revisions
	 * that opt in and {@code op.xArguments()} in Java revisions; replaces any earlier map
	 * @return this builder
	 */
	public RetortBuilder xArguments(Map<String, String> xArguments) {
		this.xArguments = Map.copyOf(xArguments);
		return this;
	}

	/**
	 * Add a listener. Listeners compose: each one added hears every event, in the order they were
	 * added, and adding one never removes another (so a customizer cannot drop the logging or
	 * metrics listeners a framework registered before it).
	 * @param listener hears progress
	 * @return this builder
	 */
	public RetortBuilder listener(MigrationListener listener) {
		this.listeners.add(Objects.requireNonNull(listener, "'listener' must not be null"));
		return this;
	}

	/**
	 * How Java revision instances are created; by default their public no-argument constructor.
	 * Spring Boot's auto-configuration sets one that creates them as beans (constructor injection).
	 * @param migrationFactory the factory, or {@code null} for the default
	 * @return this builder
	 */
	public RetortBuilder migrationFactory(@Nullable MigrationFactory migrationFactory) {
		this.migrationFactory = migrationFactory;
		return this;
	}

	/**
	 * Validate the settings and build the engine. Revisions are read lazily, on first use.
	 * @return the engine
	 * @throws RetortException with {@code INVALID_CONFIGURATION} naming the setting and the fix
	 */
	public Retort load() {
		if (this.lockTimeout.isNegative()) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Invalid lock timeout " + this.lockTimeout
					+ " (migrate.lock-timeout, --lock-timeout): it must not be negative");
		}
		if (this.ddlLockTimeout.isNegative()) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Invalid DDL lock timeout " + this.ddlLockTimeout
					+ " (migrate.ddl-lock-timeout, --ddl-lock-timeout): it must not be negative (0 turns it off)");
		}
		if (this.scriptSource == null && this.locations.isEmpty()) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
					"No revision locations configured: set migrate.locations (CLI: --locations), for example "
							+ RetortConfiguration.DEFAULT_LOCATION);
		}
		if (this.schema != null) {
			Identifiers.check(this.schema, "schema (migrate.schema, --schema)");
		}
		Identifiers.check(this.versionTable, "version table (migrate.version-table, --version-table)");
		Identifiers.check(this.historyTable, "history table (migrate.history-table, --history-table)");
		if (this.dialect != null) {
			Dialect.named(this.dialect);
		}
		this.placeholders.keySet().stream().filter((name) -> name.startsWith("x.")).findFirst().ifPresent((name) -> {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Invalid placeholder name '" + name
					+ "' (migrate.placeholders." + name + "): names starting with 'x.' are the -x arguments; rename it");
		});
		RetortConfiguration configuration = new RetortConfiguration(this.locations, this.versionTable,
				this.historyTable, Optional.ofNullable(this.schema), this.validateChecksums, this.lockTimeout,
				Optional.ofNullable(this.dialect), this.transactionPerMigration, this.placeholders, this.xArguments,
				this.ddlLockTimeout);
		ClassLoader loader = (this.classLoader != null) ? this.classLoader : defaultClassLoader();
		ScriptSource source = (this.scriptSource != null) ? this.scriptSource
				: Retort.locationSource(this.locations, loader, this.migrationFactory);
		MigrationListener listener = MigrationListener.composite(this.listeners);
		return new Retort(configuration, this.dataSource, source, listener, Optional.ofNullable(this.appliedBy));
	}

	private static ClassLoader defaultClassLoader() {
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		return (loader != null) ? loader : RetortBuilder.class.getClassLoader();
	}

}
