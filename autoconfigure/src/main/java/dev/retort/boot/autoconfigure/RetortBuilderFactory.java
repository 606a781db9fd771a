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

	private final RetortConnectionDetails connectionDetails;

	private final ObjectProvider<DataSource> dataSource;

	private final ObjectProvider<DataSource> migrateDataSource;

	private final ObjectProvider<RetortConfigurationCustomizer> customizers;

	private final ObjectProvider<MigrationListener> listeners;

	private final boolean testDatabase;

	/**
	 * @param testDatabase whether Boot's test support replaced the application's DataSource: then
	 * that replacement is migrated, whatever the connection details and {@code @MigrateDataSource} say
	 */
	RetortBuilderFactory(MigrateProperties properties, RetortConnectionDetails connectionDetails,
			ClassLoader classLoader, ObjectProvider<DataSource> dataSource, ObjectProvider<DataSource> migrateDataSource,
			ObjectProvider<RetortConfigurationCustomizer> customizers, ObjectProvider<MigrationListener> listeners,
			boolean testDatabase) {
		this.testDatabase = testDatabase;
		this.properties = properties;
		this.connectionDetails = connectionDetails;
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
	 * The DataSource to migrate: the connection details' JDBC URL first ({@code migrate.url}, or a
	 * service connection's database), then the {@code @MigrateDataSource} bean, then the
	 * application's DataSource (as the connection details' user if one is set). In a test whose
	 * database Boot replaced, only that replacement.
	 */
	DataSource migrationDataSource() {
		RetortConnectionDetails details = this.connectionDetails;
		String url = details.getJdbcUrl();
		if (this.testDatabase) {
			DataSource replacement = this.dataSource.getIfUnique();
			if (replacement != null) {
				if (url != null || this.migrateDataSource.getIfAvailable() != null) {
					logger.info("The test replaced the application's DataSource (@AutoConfigureTestDatabase): Retort"
							+ " migrates that test database and ignores "
							+ describe(details, "migrate.url, migrate.user, migrate.password")
							+ " and any @MigrateDataSource bean");
				}
				return replacement;
			}
		}
		if (url != null) {
			if (!StringUtils.hasText(details.getDriverClassName())) {
				JdbcUrls.corrected(url).ifPresent((meant) -> {
					PasswordMask mask = PasswordMask.of(List.of(url), details.getPassword());
					throw new RetortException(ErrorCode.INVALID_CONFIGURATION, describe(details, "migrate.url") + " '"
							+ mask.mask(url) + "' names no database a JDBC driver accepts; did you mean " + mask.mask(meant)
							+ "?");
				});
			}
			// No pool: every connection the engine borrows is opened for it and closed after use.
			return credentials(DataSourceBuilder.create(this.classLoader).type(MaskingDriverDataSource.class).url(url),
					details);
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
		if (details.getUsername() != null) {
			return credentials(DataSourceBuilder.derivedFrom(application).type(MaskingDriverDataSource.class), details);
		}
		return application;
	}

	/** What the user set: the properties' names, or the bean that replaced them. */
	private static String describe(RetortConnectionDetails details, String properties) {
		return (details instanceof PropertiesRetortConnectionDetails) ? properties
				: "the connection details of " + details.getClass().getName();
	}

	private static DataSource credentials(DataSourceBuilder<?> builder, RetortConnectionDetails details) {
		builder.username(details.getUsername()).password(details.getPassword());
		String driverClassName = details.getDriverClassName();
		if (StringUtils.hasText(driverClassName)) {
			builder.driverClassName(driverClassName);
		}
		return builder.build();
	}

	static ClassLoader classLoader(@Nullable ClassLoader classLoader) {
		return (classLoader != null) ? classLoader : RetortBuilderFactory.class.getClassLoader();
	}

}
