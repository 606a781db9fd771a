package dev.retort.boot.actuate.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.retort.boot.actuate.MigrationMetricsListener;
import dev.retort.boot.actuate.ObservationMigrationInterceptor;
import dev.retort.boot.actuate.RetortMetrics;
import dev.retort.boot.autoconfigure.MigrationStrategy;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsMetricsAutoConfiguration}.
 */
class MigrationsMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
				MigrationsMetricsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "migrate.locations=classpath:db/linear");

	@Test
	void runWhenMeterRegistryShouldTimeEachStartupStep() {
		this.contextRunner.withUserConfiguration(RegistriesConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(MigrationMetricsListener.class).hasSingleBean(RetortMetrics.class);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("retort.migration").timers()).hasSize(3);
		});
	}

	@Test
	void runWhenObservationRegistryShouldObserveStartupUpgrade() {
		this.contextRunner.withUserConfiguration(RegistriesConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ObservationMigrationInterceptor.class)
				.hasBean("observedMigrationStrategy");
		});
	}

	@Test
	void backsOffFromStartupStrategyWhenUserDefinesOne() {
		this.contextRunner.withUserConfiguration(RegistriesConfiguration.class, CustomStrategyConfiguration.class)
			.run((context) -> assertThat(context).doesNotHaveBean("observedMigrationStrategy")
				.hasSingleBean(MigrationStrategy.class));
	}

	@Test
	void runWhenAutoRunDisabledShouldNotDefineStartupStrategy() {
		this.contextRunner.withUserConfiguration(RegistriesConfiguration.class)
			.withPropertyValues("migrate.auto-run=false", "migrate.on-pending=ignore")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationStrategy.class)
				.hasSingleBean(ObservationMigrationInterceptor.class));
	}

	@Test
	void backsOffWithoutRegistries() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(MigrationMetricsListener.class)
			.doesNotHaveBean(RetortMetrics.class)
			.doesNotHaveBean(ObservationMigrationInterceptor.class));
	}

	@Test
	void backsOffWithoutMicrometerOnClasspath() {
		this.contextRunner.withUserConfiguration(RegistriesConfiguration.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationMetricsListener.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class RegistriesConfiguration {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		ObservationRegistry observationRegistry() {
			return ObservationRegistry.create();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomStrategyConfiguration {

		@Bean
		MigrationStrategy doNothing() {
			return (retort) -> {
			};
		}

	}

}
