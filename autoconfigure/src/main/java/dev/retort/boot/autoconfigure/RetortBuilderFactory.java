package dev.retort.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.util.StringUtils;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortBuilder;
import dev.retort.core.api.RetortException;

/**
 * Makes builders configured from {@code migrate.*}, the chosen DataSource and the customizers;
 * shared by the engine bean and command mode so both see the same configuration.
 */
final class RetortBuilderFactory implements Supplier<RetortBuilder> {

	private final MigrateProperties properties;

	private final ClassLoader classLoader;

	private final ObjectProvider<DataSource> dataSource;

	private final ObjectProvider<DataSource> migrateDataSource;

	private final ObjectProvider<RetortConfigurationCustomizer> customizers;

	private final ObjectProvider<MigrationListener> listeners;

	RetortBuilderFactory(MigrateProperties properties, ClassLoader classLoader, ObjectProvider<DataSource> dataSource,
			ObjectProvider<DataSource> migrateDataSource, ObjectProvider<RetortConfigurationCustomizer> customizers,
			ObjectProvider<MigrationListener> listeners) {
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
			.dataSource(migrationDataSource())
			.locations(this.properties.getLocations())
			.classLoader(this.classLoader)
			.versionTable(this.properties.getVersionTable())
			.historyTable(this.properties.getHistoryTable())
			.schema(StringUtils.hasText(this.properties.getSchema()) ? this.properties.getSchema() : null)
			.validateChecksums(this.properties.isValidateChecksums())
			.lockTimeout(this.properties.getLockTimeout())
			.ddlLockTimeout(this.properties.getDdlLockTimeout())
			.listener(listener());
		this.customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	/** The logging listener first, then every {@link MigrationListener} bean in order (metrics, for example). */
	private MigrationListener listener() {
		List<MigrationListener> all = new ArrayList<>();
		all.add(new LoggingMigrationListener());
		this.listeners.orderedStream().forEach(all::add);
		return (all.size() == 1) ? all.get(0) : new CompositeMigrationListener(all);
	}

	/**
	 * The DataSource to migrate: {@code migrate.url} first, then the {@code @MigrateDataSource}
	 * bean, then the application's DataSource (as {@code migrate.user} if that is set).
	 */
	DataSource migrationDataSource() {
		String url = this.properties.getUrl();
		if (StringUtils.hasText(url)) {
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
