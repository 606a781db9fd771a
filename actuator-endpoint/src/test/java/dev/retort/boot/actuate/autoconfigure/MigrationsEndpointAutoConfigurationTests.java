package dev.retort.boot.actuate.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.retort.boot.actuate.MigrationFailures;
import dev.retort.boot.actuate.MigrationInterceptor;
import dev.retort.boot.actuate.MigrationsEndpoint;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.core.api.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsEndpointAutoConfiguration}.
 */
class MigrationsEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
				MigrationFailuresAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "migrate.locations=classpath:db/linear");

	@Test
	void runWhenExposedShouldHaveEndpointBean() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
	}

	@Test
	void runWhenNotExposedShouldNotHaveEndpointBean() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(Retort.class)
			.doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void runWhenAccessIsNoneShouldNotHaveEndpointBean() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=migrations",
					"management.endpoint.migrations.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void runWhenNoRetortBeanShouldNotHaveEndpointBean() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations", "migrate.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void backsOffWithoutEngineOnClasspath() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.withClassLoader(new FilteredClassLoader(Retort.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void backsOffWhenUserDefinesEndpoint() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.withUserConfiguration(CustomEndpointConfiguration.class)
			.run((context) -> assertThat(context).getBean(MigrationsEndpoint.class)
				.isSameAs(context.getBean(CustomEndpointConfiguration.class).endpoint));
	}

	@Test
	void runShouldRegisterFailureRecordAsEngineListener() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.run((context) -> assertThat(context).hasSingleBean(MigrationFailures.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomEndpointConfiguration {

		MigrationsEndpoint endpoint;

		@Bean
		MigrationsEndpoint customMigrationsEndpoint(ApplicationContext context) {
			this.endpoint = new MigrationsEndpoint(context, new MigrationFailures(), MigrationInterceptor.none());
			return this.endpoint;
		}

	}

}
