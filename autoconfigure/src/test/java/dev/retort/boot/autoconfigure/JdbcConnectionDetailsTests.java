package dev.retort.boot.autoconfigure;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link JdbcConnectionDetails} bean (what a Testcontainers {@code @ServiceConnection} or Docker
 * Compose defines) decides the database Retort migrates, over {@code spring.datasource.url}.
 * Docker does not run in this build, so the bean stands in for the container's.
 */
class JdbcConnectionDetailsTests {

	private static final String SERVICE_URL = RetortAutoConfigurationTests.uniqueH2Url();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + RetortAutoConfigurationTests.uniqueH2Url())
		.withUserConfiguration(ServiceConnectionConfiguration.class);

	@Test
	void runWhenConnectionDetailsBeanShouldMigrateItsDatabase() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(RetortAutoConfigurationTests.versions(serviceDatabase())).containsExactly("ae1027a6acf0");
			assertThat(context.getBean(DataSource.class).getConnection().getMetaData().getURL()).isEqualTo(SERVICE_URL.split(";")[0]);
		});
	}

	@Test
	void runWhenConnectionDetailsBeanAndMigrateUserShouldConnectToTheServiceAsThatUser() {
		this.contextRunner.withPropertyValues("migrate.user=sa", "migrate.password=").run((context) -> {
			assertThat(context).hasNotFailed();
			DataSource migration = context.getBean(RetortBuilderFactory.class).migrationDataSource();
			assertThat(migration.getConnection().getMetaData().getURL()).isEqualTo(SERVICE_URL.split(";")[0]);
			assertThat(RetortAutoConfigurationTests.versions(serviceDatabase())).containsExactly("ae1027a6acf0");
		});
	}

	private static DataSource serviceDatabase() {
		return new SimpleDriverDataSource(new org.h2.Driver(), SERVICE_URL, "sa", "");
	}

	@Configuration(proxyBeanMethods = false)
	static class ServiceConnectionConfiguration {

		@Bean
		JdbcConnectionDetails serviceConnectionDetails() {
			return new JdbcConnectionDetails() {

				@Override
				public String getUsername() {
					return "sa";
				}

				@Override
				public String getPassword() {
					return "";
				}

				@Override
				public String getJdbcUrl() {
					return SERVICE_URL;
				}

			};
		}

	}

}
