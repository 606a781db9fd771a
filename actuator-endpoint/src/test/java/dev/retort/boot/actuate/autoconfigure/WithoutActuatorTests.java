package dev.retort.boot.actuate.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.retort.boot.actuate.MigrationFailures;
import dev.retort.boot.actuate.MigrationMetricsListener;
import dev.retort.boot.actuate.MigrationsEndpoint;
import dev.retort.boot.actuate.MigrationsHealthIndicator;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.core.api.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter brings this module to every application and its actuator dependency is optional: an
 * application without actuator or Micrometer starts, migrates, and gets none of its beans.
 * (GeneratedAppIT runs a real application whose class path has no actuator jar at all.)
 */
class WithoutActuatorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
				MigrationFailuresAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class,
				MigrationsHealthContributorAutoConfiguration.class, MigrationsMetricsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "migrate.locations=classpath:db/linear");

	@Test
	void runWithoutActuatorOrMicrometerShouldMigrateAndAddNoActuatorBeans() {
		this.contextRunner
			.withClassLoader(new FilteredClassLoader(Endpoint.class, ConditionalOnAvailableEndpoint.class,
					ConditionalOnEnabledHealthIndicator.class, MeterRegistry.class, ObservationRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(Retort.class)
				.doesNotHaveBean(MigrationFailures.class)
				.doesNotHaveBean(MigrationsEndpoint.class)
				.doesNotHaveBean(MigrationsHealthIndicator.class)
				.doesNotHaveBean(MigrationMetricsListener.class));
	}

	@Test
	void runWithActuatorShouldAddFailureTracking() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(MigrationFailures.class));
	}

}
