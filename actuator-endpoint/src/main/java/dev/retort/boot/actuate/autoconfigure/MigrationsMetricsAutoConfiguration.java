package dev.retort.boot.actuate.autoconfigure;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.retort.boot.actuate.MigrationInterceptor;
import dev.retort.boot.actuate.MigrationMetricsListener;
import dev.retort.boot.actuate.ObservationMigrationInterceptor;
import dev.retort.boot.actuate.RetortMetrics;
import dev.retort.boot.autoconfigure.MigrateProperties;
import dev.retort.boot.autoconfigure.MigrationStrategy;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.core.api.Retort;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for Retort's metrics: a timer per applied
 * revision, gauges of pending revisions, and an observation around each migration run.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { RetortAutoConfiguration.class, MetricsAutoConfiguration.class,
		SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
		ObservationAutoConfiguration.class })
@ConditionalOnClass(Retort.class)
public final class MigrationsMetricsAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ MeterRegistry.class, MetricsAutoConfiguration.class })
	@ConditionalOnBean(MeterRegistry.class)
	static class MeterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrationMetricsListener migrationMetricsListener(ObjectProvider<MeterRegistry> registry) {
			return new MigrationMetricsListener(registry::getObject);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ MeterRegistry.class, MetricsAutoConfiguration.class })
	static class GaugeConfiguration {

		@Bean
		@ConditionalOnBean({ MeterRegistry.class, Retort.class })
		@ConditionalOnMissingBean
		RetortMetrics retortMetrics(Map<String, Retort> retorts) {
			return new RetortMetrics(retorts);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ ObservationRegistry.class, ObservationAutoConfiguration.class })
	@ConditionalOnBean(ObservationRegistry.class)
	static class ObservationConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ObservationMigrationInterceptor observationMigrationInterceptor(ObjectProvider<ObservationRegistry> registry) {
			return new ObservationMigrationInterceptor(registry.getIfAvailable(() -> ObservationRegistry.NOOP));
		}

		/** Observes the startup upgrade; backs off when the application defines its own strategy. */
		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "migrate.auto-run", matchIfMissing = true)
		MigrationStrategy observedMigrationStrategy(MigrationInterceptor interceptor,
				ObjectProvider<MigrateProperties> properties) {
			String target = properties.getIfAvailable(MigrateProperties::new).getTarget();
			return (retort) -> interceptor.intercept("upgrade", target, () -> retort.upgrade(target));
		}

	}

}
