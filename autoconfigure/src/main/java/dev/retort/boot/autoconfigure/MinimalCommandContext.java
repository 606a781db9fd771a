package dev.retort.boot.autoconfigure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.JdbcUrls;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.PasswordMask;
import dev.retort.core.api.RetortException;

/**
 * Command mode without the application: the DataSource and Retort only, built from the
 * application's environment ({@code migrate.*} and {@code spring.datasource.*}, profiles
 * included). No application context at all (no component scanning, no auto-configuration, no web
 * server, no JPA, no runners): the engine is configured by the same {@link RetortBuilderFactory}
 * as in the application, and the DataSource as Boot's auto-configuration makes it from
 * {@code spring.datasource.*}, pool settings included; a database server without pool settings
 * gets plain driver connections instead ({@link #plainConnections}).
 */
final class MinimalCommandContext {

	/** The pool-specific properties Boot binds onto each pool type it creates. */
	private static final Map<String, String> POOL_PROPERTIES = Map.of("com.zaxxer.hikari.HikariDataSource",
			"spring.datasource.hikari", "org.apache.tomcat.jdbc.pool.DataSource", "spring.datasource.tomcat",
			"org.apache.commons.dbcp2.BasicDataSource", "spring.datasource.dbcp2", "oracle.ucp.jdbc.PoolDataSourceImpl",
			"spring.datasource.oracleucp");

	private MinimalCommandContext() {
	}

	/**
	 * Whether the minimal context can serve a command: the connection comes from properties (a
	 * DataSource the application defines in code needs the application), the command does not
	 * compare with the application's entities, and {@code migrate.command.minimal-context} is not
	 * {@code false}.
	 */
	static boolean suits(ConfigurableEnvironment environment, String[] cliArguments) {
		return !CommandMode.needsEntities(cliArguments)
				&& environment.getProperty("migrate.command.minimal-context", Boolean.class, true)
				&& (StringUtils.hasText(environment.getProperty("migrate.url"))
						|| StringUtils.hasText(environment.getProperty("spring.datasource.url")));
	}

	/**
	 * Run the command of the arguments with only the DataSource and Retort.
	 * @return the command's exit status
	 */
	static int run(ConfigurableEnvironment environment, ClassLoader classLoader, String[] args) {
		Binder binder = Binder.get(environment);
		if (!binder.bind("migrate.enabled", Boolean.class).orElse(true)) {
			return RetortCommandRunListener.noEngine();
		}
		MigrateProperties properties = binder.bindOrCreate("migrate", MigrateProperties.class);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		DataSource application = StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				? applicationDataSource(environment, binder, classLoader) : null;
		try {
			if (application != null) {
				beans.addBean("dataSource", application);
			}
			// no @MigrateDataSource, customizers or listeners: those are beans of the application
			ObjectProvider<DataSource> noMigrateDataSource = new StaticListableBeanFactory()
				.getBeanProvider(DataSource.class);
			RetortBuilderFactory builders = new RetortBuilderFactory(properties,
					new PropertiesRetortConnectionDetails(properties), classLoader,
					beans.getBeanProvider(DataSource.class), noMigrateDataSource,
					beans.getBeanProvider(RetortConfigurationCustomizer.class),
					beans.getBeanProvider(MigrationListener.class), false);
			return new RetortCommandRunner(builders, () -> null, RetortCommandRunner.settings(properties)).run(args);
		}
		finally {
			if (application instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				}
				catch (Exception ex) {
					// the command has run; a pool that does not close cleanly changes nothing
				}
			}
		}
	}

	/** The DataSource Boot's auto-configuration makes from {@code spring.datasource.*}. */
	private static DataSource applicationDataSource(ConfigurableEnvironment environment, Binder binder,
			ClassLoader classLoader) {
		DataSourceProperties properties = binder.bindOrCreate("spring.datasource", DataSourceProperties.class);
		properties.setBeanClassLoader(classLoader);
		try {
			properties.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		String url = String.valueOf(properties.getUrl());
		if (!StringUtils.hasText(properties.getDriverClassName()) && JdbcUrls.corrected(url).isPresent()) {
			// a mistyped scheme would reach an embedded database's driver, which refuses it without saying why
			throw noDriver(url, properties.getPassword(), null);
		}
		Iterable<ConfigurationPropertySource> sources = ConfigurationPropertySources.get(environment);
		DataSource dataSource;
		try {
			DataSourceBuilder<?> builder = properties.initializeDataSourceBuilder();
			if (plainConnections(properties, sources)) {
				builder.type(MaskingDriverDataSource.class);
			}
			dataSource = builder.build();
		}
		catch (BeanCreationException ex) {
			throw noDriver(url, properties.getPassword(), ex);
		}
		String prefix = POOL_PROPERTIES.get(dataSource.getClass().getName());
		if (prefix != null && mayHaveProperties(sources, prefix)) {
			binder.bind(prefix, Bindable.ofInstance(dataSource));
		}
		return dataSource;
	}

	/**
	 * Whether the command opens plain driver connections instead of the application's pool, as the
	 * CLI does: a pool starts threads and fills itself with idle connections that a one-shot command
	 * never uses, which costs it about a tenth of its time. Only for a database server, and only when
	 * the application chose no DataSource type and sets no pool property; an in-process database
	 * (H2, HSQLDB, Derby) keeps the pool, because it closes with its last connection.
	 */
	static boolean plainConnections(DataSourceProperties properties, Iterable<ConfigurationPropertySource> sources) {
		if (properties.getType() != null || POOL_PROPERTIES.values().stream()
			.anyMatch((prefix) -> mayHaveProperties(sources, prefix))) {
			return false;
		}
		String driver = properties.determineDriverClassName();
		return Arrays.stream(EmbeddedDatabaseConnection.values())
			.noneMatch((embedded) -> driver.equals(embedded.getDriverClassName()));
	}

	/** No driver for the URL: said as the engine says it for migrate.url, with the likely fix. */
	private static RetortException noDriver(String url, @Nullable String password, @Nullable Exception cause) {
		PasswordMask mask = PasswordMask.of(List.of(url), password);
		return new RetortException(ErrorCode.INVALID_CONFIGURATION, "spring.datasource.url '" + mask.mask(url)
				+ "' names no database a JDBC driver accepts; " + mask.mask(JdbcUrls.advice(url)), cause);
	}

	/**
	 * Whether any property source may hold a property under {@code prefix}. Binding onto the pool
	 * goes through each of its dozens of setters even when none is set (a source that cannot list
	 * its names, such as {@code random.*}, makes the binder try them all), which costs a command
	 * tens of milliseconds; so it binds only when a source lists such a property or cannot tell.
	 */
	static boolean mayHaveProperties(Iterable<ConfigurationPropertySource> sources, String prefix) {
		ConfigurationPropertyName name = ConfigurationPropertyName.of(prefix);
		for (ConfigurationPropertySource source : sources) {
			ConfigurationPropertyState state = source.containsDescendantOf(name);
			if (state == ConfigurationPropertyState.PRESENT || (state == ConfigurationPropertyState.UNKNOWN
					&& !(source.getUnderlyingSource() instanceof RandomValuePropertySource))) {
				return true;
			}
		}
		return false;
	}

}
