package dev.retort.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.retort.core.api.RetortConfiguration;
import dev.retort.core.api.TenantFailurePolicy;
import dev.retort.core.api.TenantsBuilder;

/**
 * Configuration properties for Retort, bound from {@code migrate.*}. Defaults are the engine's
 * defaults from {@link RetortConfiguration}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {

	/**
	 * Whether to enable Retort.
	 */
	private boolean enabled = true;

	/**
	 * JDBC URL of the database to migrate. If not set, the '@MigrateDataSource' bean or the
	 * application's DataSource is used. A service connection (Testcontainers, Docker Compose)
	 * replaces it, with user, password and driver-class-name.
	 */
	private @Nullable String url;

	/**
	 * Login user of the database to migrate.
	 */
	private @Nullable String user;

	/**
	 * Login password of the database to migrate.
	 */
	private @Nullable String password;

	/**
	 * Fully qualified name of the JDBC driver. Auto-detected based on the URL by default.
	 */
	private @Nullable String driverClassName;

	/**
	 * Locations of revisions, 'classpath:' or 'filesystem:' prefixed.
	 */
	private List<String> locations = new ArrayList<>(List.of(RetortConfiguration.DEFAULT_LOCATION));

	/**
	 * Target revision to upgrade to on startup ('heads', 'head', a revision id or 'label@head').
	 */
	private String target = "heads";

	/**
	 * Whether to upgrade the database to the target on startup.
	 */
	private boolean autoRun = true;

	/**
	 * Autogenerate settings, used by {@code migrate revision --autogenerate} and {@code migrate check}.
	 */
	public static class Autogenerate {

		/**
		 * Tables to ignore on both sides of the comparison; '*' is a wildcard.
		 */
		private List<String> excludeTables = new ArrayList<>();

		/**
		 * Whether to report changed server defaults.
		 */
		private boolean compareServerDefaults;

		public List<String> getExcludeTables() {
			return this.excludeTables;
		}

		public void setExcludeTables(List<String> excludeTables) {
			this.excludeTables = excludeTables;
		}

		public boolean isCompareServerDefaults() {
			return this.compareServerDefaults;
		}

		public void setCompareServerDefaults(boolean compareServerDefaults) {
			this.compareServerDefaults = compareServerDefaults;
		}

	}

	/**
	 * What to do on startup when revisions are pending and auto-run is disabled.
	 */
	private OnPending onPending = OnPending.WARN;

	/**
	 * What to do on startup when the version table names revisions this build does not have, as
	 * after rolling back a release.
	 */
	private OnUnknownRevisions onUnknownRevisions = OnUnknownRevisions.WARN;

	/**
	 * Name of the table holding one row per current head.
	 */
	private String versionTable = RetortConfiguration.DEFAULT_VERSION_TABLE;

	/**
	 * Name of the table holding one row per applied step.
	 */
	private String historyTable = RetortConfiguration.DEFAULT_HISTORY_TABLE;

	/**
	 * Schema of the version and history tables. If not set, the connection's default schema is
	 * used.
	 */
	private @Nullable String schema;

	/**
	 * Whether to refuse to upgrade while an applied revision's file has changed.
	 */
	private boolean validateChecksums = true;

	/**
	 * Maximum time to wait for another process's migration lock.
	 */
	private Duration lockTimeout = RetortConfiguration.DEFAULT_LOCK_TIMEOUT;

	/**
	 * Whether each revision commits on its own. When false, an upgrade or downgrade on PostgreSQL
	 * runs as one transaction, so a failure rolls back every revision of the run; MariaDB and H2
	 * commit DDL implicitly, so there each revision commits on its own either way.
	 */
	private boolean transactionPerMigration = true;

	/**
	 * Values of ${name} placeholders in SQL revisions with the header '-- placeholders: true'.
	 */
	private Map<String, String> placeholders = new LinkedHashMap<>();

	private final Revision revision = new Revision();

	/**
	 * Maximum time one statement of a revision waits for a table lock (PostgreSQL lock_timeout,
	 * MariaDB lock_wait_timeout) before the revision is rolled back and retried; 0 keeps the
	 * database's own setting.
	 */
	private Duration ddlLockTimeout = RetortConfiguration.DEFAULT_DDL_LOCK_TIMEOUT;

	private final Health health = new Health();

	private final Command command = new Command();

	private final Autogenerate autogenerate = new Autogenerate();

	private final Tenants tenants = new Tenants();

	private final Lint lint = new Lint();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getDriverClassName() {
		return this.driverClassName;
	}

	public void setDriverClassName(@Nullable String driverClassName) {
		this.driverClassName = driverClassName;
	}

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public boolean isAutoRun() {
		return this.autoRun;
	}

	public void setAutoRun(boolean autoRun) {
		this.autoRun = autoRun;
	}

	public OnPending getOnPending() {
		return this.onPending;
	}

	public void setOnPending(OnPending onPending) {
		this.onPending = onPending;
	}

	public OnUnknownRevisions getOnUnknownRevisions() {
		return this.onUnknownRevisions;
	}

	public void setOnUnknownRevisions(OnUnknownRevisions onUnknownRevisions) {
		this.onUnknownRevisions = onUnknownRevisions;
	}

	public String getVersionTable() {
		return this.versionTable;
	}

	public void setVersionTable(String versionTable) {
		this.versionTable = versionTable;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public void setHistoryTable(String historyTable) {
		this.historyTable = historyTable;
	}

	public @Nullable String getSchema() {
		return this.schema;
	}

	public void setSchema(@Nullable String schema) {
		this.schema = schema;
	}

	public boolean isValidateChecksums() {
		return this.validateChecksums;
	}

	public void setValidateChecksums(boolean validateChecksums) {
		this.validateChecksums = validateChecksums;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public boolean isTransactionPerMigration() {
		return this.transactionPerMigration;
	}

	public void setTransactionPerMigration(boolean transactionPerMigration) {
		this.transactionPerMigration = transactionPerMigration;
	}

	public Map<String, String> getPlaceholders() {
		return this.placeholders;
	}

	public void setPlaceholders(Map<String, String> placeholders) {
		this.placeholders = placeholders;
	}

	public Revision getRevision() {
		return this.revision;
	}

	public Duration getDdlLockTimeout() {
		return this.ddlLockTimeout;
	}

	public void setDdlLockTimeout(Duration ddlLockTimeout) {
		this.ddlLockTimeout = ddlLockTimeout;
	}

	public Health getHealth() {
		return this.health;
	}

	public Lint getLint() {
		return this.lint;
	}

	public Autogenerate getAutogenerate() {
		return this.autogenerate;
	}

	public Command getCommand() {
		return this.command;
	}

	/**
	 * Command mode ({@code java -jar app.jar migrate <command> ...}) settings.
	 */
	public static class Command {

		/**
		 * Whether commands run in a context of only the DataSource and Retort when the connection
		 * comes from migrate.url or spring.datasource.url. Turn off when the database to migrate
		 * is a DataSource bean defined in code (@MigrateDataSource) or when Retort is customized
		 * with beans (RetortConfigurationCustomizer, MigrationListener): the command then starts
		 * the application's context, without web server and runners.
		 */
		private boolean minimalContext = true;

		public boolean isMinimalContext() {
			return this.minimalContext;
		}

		public void setMinimalContext(boolean minimalContext) {
			this.minimalContext = minimalContext;
		}

	}

	public Tenants getTenants() {
		return this.tenants;
	}

	/**
	 * Tenant settings: one revision set applied to a schema (or database) per tenant.
	 */
	public static class Tenants {

		/**
		 * Schemas (databases on MariaDB) of the tenants, each migrated with its own version and
		 * history tables.
		 */
		private List<String> schemas = new ArrayList<>();

		/**
		 * Query whose rows' first column lists tenant schemas (databases on MariaDB); run on
		 * each startup, so that new tenants are migrated.
		 */
		private @Nullable String schemaQuery;

		/**
		 * Number of tenants migrated at once.
		 */
		private int parallelism = TenantsBuilder.DEFAULT_PARALLELISM;

		/**
		 * Whether the other tenants go on ('continue') or the tenants not started yet are
		 * skipped ('stop') after a tenant fails.
		 */
		private TenantFailurePolicy onFailure = TenantFailurePolicy.CONTINUE;

		/**
		 * Whether a tenant that fails to migrate on startup fails the application's start. When
		 * false, the application starts, and the health indicator and endpoint name the failed
		 * tenants.
		 */
		private boolean failStartup = true;

		/**
		 * Whether tenant metrics carry a 'tenant' tag, one time series per tenant.
		 */
		private boolean metricsPerTenant;

		public List<String> getSchemas() {
			return this.schemas;
		}

		public void setSchemas(List<String> schemas) {
			this.schemas = schemas;
		}

		public @Nullable String getSchemaQuery() {
			return this.schemaQuery;
		}

		public void setSchemaQuery(@Nullable String schemaQuery) {
			this.schemaQuery = schemaQuery;
		}

		public int getParallelism() {
			return this.parallelism;
		}

		public void setParallelism(int parallelism) {
			this.parallelism = parallelism;
		}

		public TenantFailurePolicy getOnFailure() {
			return this.onFailure;
		}

		public void setOnFailure(TenantFailurePolicy onFailure) {
			this.onFailure = onFailure;
		}

		public boolean isFailStartup() {
			return this.failStartup;
		}

		public void setFailStartup(boolean failStartup) {
			this.failStartup = failStartup;
		}

		public boolean isMetricsPerTenant() {
			return this.metricsPerTenant;
		}

		public void setMetricsPerTenant(boolean metricsPerTenant) {
			this.metricsPerTenant = metricsPerTenant;
		}

	}

	/**
	 * Health indicator settings.
	 */
	public static class Health {

		/**
		 * Health status to report while revisions are pending.
		 */
		private String pendingStatus = "UP";

		/**
		 * Health status to report while the version table names revisions this build does not
		 * have (after rolling back a release).
		 */
		private String unknownStatus = "UP";

		/**
		 * Health status to report while an applied revision's file differs from what was
		 * applied.
		 */
		private String modifiedStatus = "UP";

		public String getPendingStatus() {
			return this.pendingStatus;
		}

		public void setPendingStatus(String pendingStatus) {
			this.pendingStatus = pendingStatus;
		}

		public String getUnknownStatus() {
			return this.unknownStatus;
		}

		public void setUnknownStatus(String unknownStatus) {
			this.unknownStatus = unknownStatus;
		}

		public String getModifiedStatus() {
			return this.modifiedStatus;
		}

		public void setModifiedStatus(String modifiedStatus) {
			this.modifiedStatus = modifiedStatus;
		}

	}

	/**
	 * What to do on startup when revisions are pending and auto-run is disabled.
	 */
	/**
	 * Safety lint settings.
	 */
	public static class Lint {

		/**
		 * Whether to lint the pending revisions before the startup upgrade runs them: 'off', 'warn'
		 * (log the findings) or 'fail' (refuse to start on an unsuppressed finding).
		 */
		private OnStartup onStartup = OnStartup.WARN;

		public OnStartup getOnStartup() {
			return this.onStartup;
		}

		public void setOnStartup(OnStartup onStartup) {
			this.onStartup = onStartup;
		}

		/**
		 * What the startup lint does with its findings.
		 */
		public enum OnStartup {

			/**
			 * Do not lint on startup.
			 */
			OFF,

			/**
			 * Log each finding as a warning, then run the revisions.
			 */
			WARN,

			/**
			 * Refuse to start, before any revision runs, when a finding is not suppressed.
			 */
			FAIL

		}

	}

	public enum OnPending {

		/**
		 * Log a warning that lists the pending revisions and how to apply them.
		 */
		WARN,

		/**
		 * Refuse to start.
		 */
		FAIL,

		/**
		 * Say nothing.
		 */
		IGNORE

	}

	/**
	 * What to do on startup when the version table names revisions this build does not have.
	 */
	public enum OnUnknownRevisions {

		/**
		 * Log a warning that names them and start; nothing is upgraded.
		 */
		WARN,

		/**
		 * Refuse to start.
		 */
		FAIL

	}

	/**
	 * Settings of the 'revision' command ('migrate revision' in command mode).
	 */
	public static class Revision {

		/**
		 * Command to run after 'revision' writes a file, with {file} standing for its path, for
		 * example a formatter or 'git add {file}'.
		 */
		private @Nullable String postWriteHook;

		public @Nullable String getPostWriteHook() {
			return this.postWriteHook;
		}

		public void setPostWriteHook(@Nullable String postWriteHook) {
			this.postWriteHook = postWriteHook;
		}

	}

}
