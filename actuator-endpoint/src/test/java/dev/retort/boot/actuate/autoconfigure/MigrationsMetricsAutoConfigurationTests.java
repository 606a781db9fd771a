package dev.retort.boot.actuate.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.retort.boot.actuate.DefaultMigrationObservationConvention;
import dev.retort.boot.actuate.MigrationMetricsListener;
import dev.retort.boot.actuate.MigrationObservationConvention;
import dev.retort.boot.actuate.ObservationMigrationInterceptor;
import dev.retort.boot.actuate.RetortMetrics;
import dev.retort.boot.autoconfigure.MigrationStrategy;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.core.api.Retort;

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
			assertThat(registry.get("retort.migration").timers()).singleElement()
				.satisfies((timer) -> assertThat(timer.count()).isEqualTo(3));
		});
	}

	@Test
	void runWhenObservationRegistryShouldObserveTheDefaultStartupUpgradeWithoutAStrategyBean() {
		this.contextRunner.withUserConfiguration(RegistriesConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(ObservationMigrationInterceptor.class)
				.doesNotHaveBean(MigrationStrategy.class);
			assertThat(context.getBean(RegistriesConfiguration.class).observed).containsExactly("retort.migrate startup");
			assertThat(context.getBean(MeterRegistry.class).get("retort.migration").timer().count()).isEqualTo(3);
		});
	}

	@Test
	void runWhenUserDefinesStartupStrategyShouldRunItUnchangedAndObserveIt() {
		this.contextRunner.withUserConfiguration(RegistriesConfiguration.class, CustomStrategyConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(MigrationStrategy.class);
				assertThat(context.getBean(CustomStrategyConfiguration.class).calls).isEqualTo(1);
				assertThat(context.getBean(RegistriesConfiguration.class).observed)
					.containsExactly("retort.migrate startup");
				assertThat(context.getBean(Retort.class).status().current()).isEmpty();
			});
	}

	@Test
	void runWhenAutoRunDisabledShouldNotObserveAStartupRun() {
		this.contextRunner.withUserConfiguration(RegistriesConfiguration.class)
			.withPropertyValues("migrate.auto-run=false", "migrate.on-pending=ignore")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(MigrationStrategy.class)
					.hasSingleBean(ObservationMigrationInterceptor.class);
				assertThat(context.getBean(RegistriesConfiguration.class).observed).isEmpty();
			});
	}

	@Test
	void runWhenConventionBeanShouldObserveWithIt() {
		this.contextRunner.withUserConfiguration(RegistriesConfiguration.class, ConventionConfiguration.class)
			.run((context) -> assertThat(context.getBean(RegistriesConfiguration.class).observed)
				.containsExactly("custom.migrate startup"));
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

		final List<String> observed = new ArrayList<>();

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		ObservationRegistry observationRegistry() {
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new ObservationHandler<>() {

				@Override
				public boolean supportsContext(Observation.Context context) {
					return true;
				}

				@Override
				public void onStop(Observation.Context context) {
					RegistriesConfiguration.this.observed
						.add(context.getName() + " " + context.getLowCardinalityKeyValue("operation").getValue());
				}

			});
			return registry;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomStrategyConfiguration {

		int calls;

		@Bean
		MigrationStrategy doNothing() {
			return (retort) -> this.calls++;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConventionConfiguration {

		@Bean
		MigrationObservationConvention customConvention() {
			return new DefaultMigrationObservationConvention() {

				@Override
				public String getName() {
					return "custom.migrate";
				}

			};
		}

	}

}
