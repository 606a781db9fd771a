package dev.retort.boot.actuate.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.retort.boot.actuate.MigrationInterceptor;
import dev.retort.boot.actuate.MigrationMetricsListener;
import dev.retort.boot.actuate.MigrationObservationConvention;
import dev.retort.boot.actuate.ObservationMigrationInterceptor;
import dev.retort.boot.actuate.RetortMetrics;
import dev.retort.boot.autoconfigure.MigrateProperties;
import dev.retort.boot.autoconfigure.MigrationStrategy;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.boot.autoconfigure.RetortMigrationInitializer;
import dev.retort.core.api.Retort;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for Retort's metrics: a timer of applied
 * steps by operation and outcome, cached gauges of pending revisions, and an observation around
 * each migration run (the startup one included, whatever its strategy).
 *
 * @since 0.1.0
 */
// by name: an application without Boot's metrics modules must not fail to read this annotation
@AutoConfiguration(after = RetortAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass(Retort.class)
public final class MigrationsMetricsAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "io.micrometer.core.instrument.MeterRegistry",
			"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration" })
	@ConditionalOnBean(MeterRegistry.class)
	static class MeterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrationMetricsListener migrationMetricsListener(ObjectProvider<MeterRegistry> registry) {
			return new MigrationMetricsListener(registry::getObject);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "io.micrometer.core.instrument.MeterRegistry",
			"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration" })
	static class GaugeConfiguration {

		@Bean
		@ConditionalOnBean({ MeterRegistry.class, Retort.class })
		@ConditionalOnMissingBean
		RetortMetrics retortMetrics(ListableBeanFactory beanFactory) {
			return new RetortMetrics(() -> beanFactory.getBeansOfType(Retort.class));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "io.micrometer.observation.ObservationRegistry",
			"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
	@ConditionalOnBean(ObservationRegistry.class)
	static class ObservationConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ObservationMigrationInterceptor observationMigrationInterceptor(ObjectProvider<ObservationRegistry> registry,
				ObjectProvider<MigrationObservationConvention> convention) {
			return new ObservationMigrationInterceptor(registry.getIfAvailable(() -> ObservationRegistry.NOOP),
					convention.getIfAvailable());
		}

		/**
		 * Observes the startup run as operation {@code startup}, whatever the startup
		 * {@link MigrationStrategy} is (the default upgrade or the application's own), without
		 * replacing it.
		 */
		@Bean
		@ConditionalOnBooleanProperty(name = "migrate.auto-run", matchIfMissing = true)
		static BeanPostProcessor observedStartupPostProcessor(ObjectProvider<MigrationInterceptor> interceptor,
				ObjectProvider<MigrateProperties> properties) {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessBeforeInitialization(Object bean, String beanName) {
					if (!(bean instanceof RetortMigrationInitializer initializer)) {
						return bean;
					}
					String target = properties.getIfAvailable(MigrateProperties::new).getTarget();
					return initializer.decorate((strategy) -> (retort) -> interceptor.getObject()
						.intercept("startup", target, () -> {
							strategy.migrate(retort);
							return null;
						}));
				}

			};
		}

	}

}
