package dev.retort.boot.actuate.autoconfigure;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;

import dev.retort.boot.actuate.MigrationFailures;
import dev.retort.boot.actuate.MigrationsHealthIndicator;
import dev.retort.boot.autoconfigure.MigrateProperties;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.core.api.Retort;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link MigrationsHealthIndicator}: one
 * {@code migrations} health contributor, or a composite of one per {@link Retort} bean.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { RetortAutoConfiguration.class, MigrationFailuresAutoConfiguration.class })
@ConditionalOnClass({ Retort.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Retort.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "migrationsHealthIndicator", "migrationsHealthContributor" })
	HealthContributor migrationsHealthContributor(Map<String, Retort> retorts,
			ObjectProvider<MigrationFailures> failures, ObjectProvider<MigrateProperties> properties) {
		MigrationFailures seen = failures.getIfAvailable(MigrationFailures::new);
		MigrateProperties migrate = properties.getIfAvailable(MigrateProperties::new);
		Status pendingStatus = new Status(migrate.getHealth().getPendingStatus());
		Status unknownStatus = new Status(migrate.getHealth().getUnknownStatus());
		Status modifiedStatus = new Status(migrate.getHealth().getModifiedStatus());
		if (retorts.size() == 1) {
			return new MigrationsHealthIndicator(retorts.values().iterator().next(), seen, pendingStatus, unknownStatus,
					modifiedStatus);
		}
		return CompositeHealthContributor.fromMap(retorts, (retort) -> new MigrationsHealthIndicator(retort, seen,
				pendingStatus, unknownStatus, modifiedStatus));
	}

}
