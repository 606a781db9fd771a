package dev.retort.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.retort.core.api.RetortConfiguration;

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
	 * application's DataSource is used.
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
	 * Maximum time one statement of a revision waits for a table lock (PostgreSQL lock_timeout,
	 * MariaDB lock_wait_timeout) before the revision is rolled back and retried; 0 keeps the
	 * database's own setting.
	 */
	private Duration ddlLockTimeout = RetortConfiguration.DEFAULT_DDL_LOCK_TIMEOUT;

	private final Health health = new Health();

	private final Autogenerate autogenerate = new Autogenerate();

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

	/**
	 * Health indicator settings.
	 */
	public static class Health {

		/**
		 * Health status to report while revisions are pending.
		 */
		private String pendingStatus = "UP";

		public String getPendingStatus() {
			return this.pendingStatus;
		}

		public void setPendingStatus(String pendingStatus) {
			this.pendingStatus = pendingStatus;
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

}
