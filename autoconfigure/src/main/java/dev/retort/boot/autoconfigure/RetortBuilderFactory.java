package dev.retort.boot.autoconfigure;

import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.util.StringUtils;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.JdbcUrls;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.PasswordMask;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortBuilder;
import dev.retort.core.api.RetortException;

/**
 * Makes builders configured from {@code migrate.*}, the chosen DataSource and the customizers;
 * shared by the engine bean and command mode so both see the same configuration.
 */
final class RetortBuilderFactory implements Supplier<RetortBuilder> {

	private static final Log logger = LogFactory.getLog(RetortBuilderFactory.class);

	private final MigrateProperties properties;

	private final ClassLoader classLoader;

	private final ObjectProvider<DataSource> dataSource;

	private final ObjectProvider<DataSource> migrateDataSource;

	private final ObjectProvider<RetortConfigurationCustomizer> customizers;

	private final ObjectProvider<MigrationListener> listeners;

	private final boolean testDatabase;

	/**
	 * @param testDatabase whether Boot's test support replaced the application's DataSource: then
	 * that replacement is migrated, whatever {@code migrate.url} and {@code @MigrateDataSource} say
	 */
	RetortBuilderFactory(MigrateProperties properties, ClassLoader classLoader, ObjectProvider<DataSource> dataSource,
			ObjectProvider<DataSource> migrateDataSource, ObjectProvider<RetortConfigurationCustomizer> customizers,
			ObjectProvider<MigrationListener> listeners, boolean testDatabase) {
		this.testDatabase = testDatabase;
		this.properties = properties;
		this.classLoader = classLoader;
		this.dataSource = dataSource;
		this.migrateDataSource = migrateDataSource;
		this.customizers = customizers;
		this.listeners = listeners;
	}

	@Override
	public RetortBuilder get() {
		RetortBuilder builder = Retort.configure()
			.dataSource(new QuietConnectDataSource(migrationDataSource(), this.classLoader))
			.locations(this.properties.getLocations())
			.classLoader(this.classLoader)
			.versionTable(this.properties.getVersionTable())
			.historyTable(this.properties.getHistoryTable())
			.schema(StringUtils.hasText(this.properties.getSchema()) ? this.properties.getSchema() : null)
			.validateChecksums(this.properties.isValidateChecksums())
			.lockTimeout(this.properties.getLockTimeout())
			.transactionPerMigration(this.properties.isTransactionPerMigration())
			.placeholders(this.properties.getPlaceholders())
			.ddlLockTimeout(this.properties.getDdlLockTimeout())
			.listener(new LoggingMigrationListener());
		// then every MigrationListener bean in order (metrics, for example); customizers can only add more
		this.listeners.orderedStream().forEach(builder::listener);
		this.customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	/**
	 * The DataSource to migrate: {@code migrate.url} first, then the {@code @MigrateDataSource}
	 * bean, then the application's DataSource (as {@code migrate.user} if that is set). In a test
	 * whose database Boot replaced, only that replacement.
	 */
	DataSource migrationDataSource() {
		if (this.testDatabase) {
			DataSource replacement = this.dataSource.getIfUnique();
			if (replacement != null) {
				if (StringUtils.hasText(this.properties.getUrl()) || this.migrateDataSource.getIfAvailable() != null) {
					logger.info("The test replaced the application's DataSource (@AutoConfigureTestDatabase): Retort"
							+ " migrates that test database and ignores migrate.url, migrate.user, migrate.password"
							+ " and any @MigrateDataSource bean");
				}
				return replacement;
			}
		}
		String url = this.properties.getUrl();
		if (StringUtils.hasText(url)) {
			if (!StringUtils.hasText(this.properties.getDriverClassName())) {
				JdbcUrls.corrected(url).ifPresent((meant) -> {
					PasswordMask mask = PasswordMask.of(List.of(url), this.properties.getPassword());
					throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "migrate.url '" + mask.mask(url)
							+ "' names no database a JDBC driver accepts; did you mean " + mask.mask(meant) + "?");
				});
			}
			// No pool: every connection the engine borrows is opened for it and closed after use.
			return credentials(DataSourceBuilder.create(this.classLoader).type(MaskingDriverDataSource.class).url(url));
		}
		DataSource qualified = this.migrateDataSource.getIfAvailable();
		if (qualified != null) {
			return qualified;
		}
		DataSource application = this.dataSource.getIfUnique();
		if (application == null) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
					"Retort found no DataSource to migrate: set migrate.url, mark a DataSource bean with"
							+ " @MigrateDataSource, or define a single (or @Primary) DataSource");
		}
		if (StringUtils.hasText(this.properties.getUser())) {
			return credentials(DataSourceBuilder.derivedFrom(application).type(MaskingDriverDataSource.class));
		}
		return application;
	}

	private DataSource credentials(DataSourceBuilder<?> builder) {
		builder.username(this.properties.getUser()).password(this.properties.getPassword());
		String driverClassName = this.properties.getDriverClassName();
		if (StringUtils.hasText(driverClassName)) {
			builder.driverClassName(driverClassName);
		}
		return builder.build();
	}

	static ClassLoader classLoader(@Nullable ClassLoader classLoader) {
		return (classLoader != null) ? classLoader : RetortBuilderFactory.class.getClassLoader();
	}

}
