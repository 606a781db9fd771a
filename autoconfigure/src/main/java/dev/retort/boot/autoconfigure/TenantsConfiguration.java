package dev.retort.boot.autoconfigure;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.Retort;
import dev.retort.core.api.Tenants;
import dev.retort.core.api.TenantsBuilder;

/**
 * Tenants, when {@code migrate.tenants.schemas}, {@code migrate.tenants.schema-query} or a
 * {@link RetortTenantDataSources} bean says there are some: the startup upgrade then runs on every
 * tenant rather than on the default schema.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TenantsConfiguration.TenantsCondition.class)
class TenantsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TenantMigrations tenantMigrations(Retort retort, MigrateProperties properties,
			ObjectProvider<RetortTenantDataSources> dataSources, ObjectProvider<MigrationListener> listeners) {
		MigrateProperties.Tenants settings = properties.getTenants();
		TenantsBuilder builder = Tenants.configure(retort)
			.parallelism(settings.getParallelism())
			.onFailure(settings.getOnFailure());
		RetortTenantDataSources byTenant = dataSources.getIfAvailable();
		if (byTenant != null) {
			builder.dataSources(byTenant.dataSources());
		}
		else {
			builder.schemas(settings.getSchemas()).schemaQuery(settings.getSchemaQuery());
		}
		List<MigrationListener> shared = listeners.orderedStream().toList();
		return new TenantMigrations(builder, shared, settings.isFailStartup());
	}

	static final class TenantsCondition extends AnyNestedCondition {

		TenantsCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@Conditional(TenantSettingsCondition.class)
		private static final class TenantSettings {

		}

		@ConditionalOnBean(RetortTenantDataSources.class)
		private static final class TenantDataSources {

		}

	}

	/** Bound like the properties, so that a YAML list of schemas counts as well as a comma list. */
	static final class TenantSettingsCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Binder binder = Binder.get(context.getEnvironment());
			boolean schemas = binder.bind("migrate.tenants.schemas", Bindable.listOf(String.class))
				.map((list) -> !list.isEmpty())
				.orElse(false);
			boolean query = binder.bind("migrate.tenants.schema-query", String.class)
				.map((sql) -> !sql.isBlank())
				.orElse(false);
			return (schemas || query) ? ConditionOutcome.match("migrate.tenants schemas or schema-query set")
					: ConditionOutcome.noMatch("no migrate.tenants.schemas nor migrate.tenants.schema-query");
		}

	}

}
