package dev.retort.boot.actuate.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

import dev.retort.boot.actuate.MigrationFailures;
import dev.retort.boot.actuate.MigrationInterceptor;
import dev.retort.boot.actuate.MigrationsEndpoint;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.core.api.Retort;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link MigrationsEndpoint}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { RetortAutoConfiguration.class, MigrationFailuresAutoConfiguration.class,
		MigrationsMetricsAutoConfiguration.class })
@ConditionalOnClass({ Retort.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnBean(Retort.class)
	@ConditionalOnMissingBean
	MigrationsEndpoint migrationsEndpoint(ApplicationContext context, ObjectProvider<MigrationFailures> failures,
			ObjectProvider<MigrationInterceptor> interceptor) {
		return new MigrationsEndpoint(context, failures.getIfAvailable(MigrationFailures::new),
				interceptor.getIfAvailable(MigrationInterceptor::none));
	}

}
