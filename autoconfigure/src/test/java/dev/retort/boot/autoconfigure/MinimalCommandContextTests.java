package dev.retort.boot.autoconfigure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.retort.cli.RetortCli;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MinimalCommandContext}: a command with only the DataSource and Retort, made
 * from the application's properties as its own context would make them.
 */
@ExtendWith(OutputCaptureExtension.class)
class MinimalCommandContextTests {

	@Test
	void runWithSpringDatasourceShouldUseItsPoolSettings(CapturedOutput output) throws Exception {
		String url = RetortAutoConfigurationTests.uniqueH2Url();
		StandardEnvironment environment = environment(Map.of("spring.datasource.url", url,
				"spring.datasource.username", "sa",
				"spring.datasource.hikari.connection-init-sql", "CREATE TABLE IF NOT EXISTS pool_settings_applied (id INT)"));
		assertThat(run(environment, "migrate", "upgrade", "heads")).isZero();
		SimpleDriverDataSource database = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
		assertThat(RetortAutoConfigurationTests.versions(database)).containsExactly("ae1027a6acf0");
		try (Connection connection = database.getConnection();
				ResultSet tables = connection.getMetaData().getTables(null, null, "POOL_SETTINGS_APPLIED", null)) {
			assertThat(tables.next()).as("spring.datasource.hikari.* applied").isTrue();
		}
		assertThat(run(environment, "--spring.profiles.active=x", "migrate", "current")).isZero();
		assertThat(output.getOut()).contains("ae1027a6acf0 (head)");
	}

	@Test
	void runWithMigrateUrlShouldNeedNoApplicationDataSource(CapturedOutput output) throws Exception {
		String url = RetortAutoConfigurationTests.uniqueH2Url();
		StandardEnvironment environment = environment(Map.of("migrate.url", url, "migrate.user", "sa"));
		assertThat(MinimalCommandContext.suits(environment, new String[] { "current" })).isTrue();
		assertThat(run(environment, "migrate", "upgrade", "1975ea83b712")).isZero();
		assertThat(run(environment, "migrate", "current")).isZero();
		assertThat(output.getOut()).contains("1975ea83b712");
	}

	@Test
	void runWhenMigrateDisabledShouldFailWithRetortsMessage(CapturedOutput output) {
		StandardEnvironment environment = environment(
				Map.of("migrate.url", RetortAutoConfigurationTests.uniqueH2Url(), "migrate.enabled", "false"));
		assertThat(run(environment, "migrate", "current")).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(output.getErr()).contains("migrate.enabled is not false");
	}

	@DatabaseTest
	void commandsRunOnEveryDatabaseWithPlainConnectionsForAServer(TestDatabase database, CapturedOutput output)
			throws Exception {
		StandardEnvironment environment = environment(Map.of("spring.datasource.url", database.jdbcUrl(),
				"spring.datasource.username", database.user(), "spring.datasource.password", database.password()));
		DataSourceProperties properties = Binder.get(environment).bindOrCreate("spring.datasource",
				DataSourceProperties.class);
		// an in-process database closes with its last connection: H2 keeps the pool
		assertThat(MinimalCommandContext.plainConnections(properties, ConfigurationPropertySources.get(environment)))
			.isEqualTo(database.kind() != DatabaseKind.H2);
		assertThat(run(environment, "migrate", "upgrade", "1975ea83b712")).isZero();
		assertThat(run(environment, "migrate", "upgrade", "heads")).isZero();
		assertThat(run(environment, "migrate", "current")).isZero();
		assertThat(output.getOut()).contains("ae1027a6acf0 (head)");
		assertThat(dev.retort.boot.AppliedRevisions.of(database.dataSource())).containsExactly("ae1027a6acf0");
	}

	@Test
	void aServerKeepsThePoolWhenTheApplicationConfiguresOneOrChoosesTheType() {
		String url = "jdbc:postgresql://localhost/app";
		assertThat(plainConnections(Map.of("spring.datasource.url", url))).isTrue();
		assertThat(plainConnections(Map.of("spring.datasource.url", url, "spring.datasource.hikari.maximum-pool-size", "2")))
			.isFalse();
		assertThat(plainConnections(Map.of("spring.datasource.url", url, "spring.datasource.type",
				"com.zaxxer.hikari.HikariDataSource"))).isFalse();
		assertThat(plainConnections(Map.of("spring.datasource.url", "jdbc:h2:file:./target/app"))).isFalse();
		assertThat(plainConnections(Map.of("spring.datasource.url", "jdbc:h2:mem:app"))).isFalse();
	}

	private static boolean plainConnections(Map<String, Object> properties) {
		StandardEnvironment environment = environment(properties);
		DataSourceProperties bound = Binder.get(environment).bindOrCreate("spring.datasource", DataSourceProperties.class);
		bound.setBeanClassLoader(MinimalCommandContextTests.class.getClassLoader());
		return MinimalCommandContext.plainConnections(bound, ConfigurationPropertySources.get(environment));
	}

	@Test
	void suitsOnlyCommandsThatNeedNoEntitiesAndAConnectionFromProperties() {
		StandardEnvironment withUrl = environment(Map.of("spring.datasource.url", "jdbc:h2:mem:x"));
		assertThat(MinimalCommandContext.suits(withUrl, new String[] { "upgrade", "heads" })).isTrue();
		assertThat(MinimalCommandContext.suits(withUrl, new String[] { "check" })).isFalse();
		assertThat(MinimalCommandContext.suits(environment(Map.of()), new String[] { "current" })).isFalse();
		assertThat(MinimalCommandContext.suits(
				environment(Map.of("spring.datasource.url", "jdbc:h2:mem:x", "migrate.command.minimal-context", "false")),
				new String[] { "current" })).isFalse();
	}

	@Test
	void poolPropertiesAreBoundOnlyWhenASourceHoldsThemOrCannotTell() {
		String prefix = "spring.datasource.hikari";
		StandardEnvironment none = environment(Map.of("spring.datasource.url", "jdbc:h2:mem:x"));
		none.getPropertySources().addLast(new RandomValuePropertySource());
		assertThat(MinimalCommandContext.mayHaveProperties(ConfigurationPropertySources.get(none), prefix)).isFalse();
		StandardEnvironment set = environment(Map.of("spring.datasource.hikari.maximum-pool-size", "3"));
		assertThat(MinimalCommandContext.mayHaveProperties(ConfigurationPropertySources.get(set), prefix)).isTrue();
		StandardEnvironment variable = environment(Map.of());
		variable.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment",
				Map.of("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", "3")));
		assertThat(MinimalCommandContext.mayHaveProperties(ConfigurationPropertySources.get(variable), prefix)).isTrue();
		StandardEnvironment unlisted = environment(Map.of());
		unlisted.getPropertySources().addFirst(new PropertySource<Object>("unlisted") {
			@Override
			public Object getProperty(String name) {
				return null;
			}
		});
		assertThat(MinimalCommandContext.mayHaveProperties(ConfigurationPropertySources.get(unlisted), prefix)).isTrue();
	}

	private static int run(StandardEnvironment environment, String... args) {
		return MinimalCommandContext.run(environment, MinimalCommandContextTests.class.getClassLoader(), args);
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
		return environment;
	}

}
