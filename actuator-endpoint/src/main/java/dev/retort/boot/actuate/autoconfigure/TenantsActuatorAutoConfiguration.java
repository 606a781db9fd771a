package dev.retort.boot.actuate.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.retort.boot.actuate.TenantMetrics;
import dev.retort.boot.actuate.TenantsHealthIndicator;
import dev.retort.boot.autoconfigure.MigrateProperties;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.boot.autoconfigure.TenantMigrations;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for tenants: a {@code migrationsTenants}
 * health indicator and the {@code retort.tenants} gauges, when the application has tenants.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = RetortAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(TenantMigrations.class)
public final class TenantsActuatorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
	@ConditionalOnBean(TenantMigrations.class)
	@ConditionalOnEnabledHealthIndicator("migrations")
	static class HealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "migrationsTenantsHealthIndicator")
		TenantsHealthIndicator migrationsTenantsHealthIndicator(TenantMigrations migrations) {
			return new TenantsHealthIndicator(migrations);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "io.micrometer.core.instrument.MeterRegistry",
			"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration" })
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnBean({ MeterRegistry.class, TenantMigrations.class })
		@ConditionalOnMissingBean
		TenantMetrics tenantMetrics(TenantMigrations migrations, ObjectProvider<MigrateProperties> properties) {
			return new TenantMetrics(migrations,
					properties.getIfAvailable(MigrateProperties::new).getTenants().isMetricsPerTenant());
		}

	}

}
