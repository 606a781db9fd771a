package dev.retort.boot.actuate.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.retort.boot.actuate.MigrationFailures;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.core.api.Retort;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link MigrationFailures}, which the
 * endpoint and the health indicator share. Being a {@code MigrationListener} bean, it hears the
 * engine that {@link RetortAutoConfiguration} builds. Backs off in applications without actuator,
 * which have neither.
 *
 * @since 0.1.0
 */
@AutoConfiguration
// by name: this module's actuator dependency is optional
@ConditionalOnClass(value = Retort.class, name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
public final class MigrationFailuresAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrationFailures migrationFailures() {
		return new MigrationFailures();
	}

}
