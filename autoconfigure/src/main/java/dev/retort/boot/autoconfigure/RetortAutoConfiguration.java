package dev.retort.boot.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;

import dev.retort.boot.autoconfigure.RetortAutoConfiguration.MigrateDataSourceCondition;
import dev.retort.cli.RetortCli;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.Retort;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for Retort: builds the engine from
 * {@code migrate.*} and upgrades the database on startup, before JPA and other database users.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Retort.class)
@Conditional(MigrateDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import({ DatabaseInitializationDependencyConfigurer.class, TenantsConfiguration.class })
public final class RetortAutoConfiguration {

	@Bean
	static LazyInitializationExcludeFilter eagerRetortMigrationInitializer() {
		// auto-run means "on startup", also with spring.main.lazy-initialization=true
		return LazyInitializationExcludeFilter.forBeanTypes(RetortMigrationInitializer.class);
	}

	@Bean
	@ConditionalOnMissingBean
	RetortSchemaManagementProvider retortSchemaManagementProvider(ObjectProvider<Retort> retorts) {
		return new RetortSchemaManagementProvider(retorts);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(Retort.class)
	static class EngineConfiguration {

		/**
		 * Java revisions are created as beans, so they may take collaborators through their
		 * constructor. First in order: a customizer of the application's own may set another factory.
		 */
		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		RetortConfigurationCustomizer retortBeanMigrationFactory(AutowireCapableBeanFactory beanFactory) {
			return (builder) -> builder.migrationFactory(beanFactory::createBean);
		}

		/**
		 * {@code migrate.url}, {@code migrate.user} and friends, unless a service connection
		 * (Testcontainers, Docker Compose) or the application defined the details.
		 */
		@Bean
		@ConditionalOnMissingBean(RetortConnectionDetails.class)
		PropertiesRetortConnectionDetails retortConnectionDetails(MigrateProperties properties) {
			return new PropertiesRetortConnectionDetails(properties);
		}

		@Bean
		@ConditionalOnMissingBean
		RetortBuilderFactory retortBuilderFactory(MigrateProperties properties,
				RetortConnectionDetails connectionDetails, ResourceLoader resourceLoader,
				ObjectProvider<DataSource> dataSource, @MigrateDataSource ObjectProvider<DataSource> migrateDataSource,
				ObjectProvider<RetortConfigurationCustomizer> customizers, ObjectProvider<MigrationListener> listeners,
				ConfigurableListableBeanFactory beanFactory) {
			return new RetortBuilderFactory(properties, connectionDetails,
					RetortBuilderFactory.classLoader(resourceLoader.getClassLoader()), dataSource, migrateDataSource,
					customizers, listeners, TestDatabaseReplacement.isPresent(beanFactory));
		}

		@Bean
		Retort retort(RetortBuilderFactory builders) {
			return builders.get().load();
		}

		@Bean
		@ConditionalOnMissingBean
		RetortMigrationInitializer retortMigrationInitializer(Retort retort, MigrateProperties properties,
				ObjectProvider<MigrationStrategy> migrationStrategy, ConfigurableEnvironment environment,
				ObjectProvider<TenantMigrations> tenants) {
			if (CommandMode.isActive(environment)) {
				// the command itself reports on the database, and may be the one that repairs it
				return new RetortMigrationInitializer(retort, (engine) -> {
				});
			}
			TenantMigrations tenantMigrations = tenants.getIfAvailable();
			if (tenantMigrations != null) {
				// with tenants, the startup upgrade runs on every tenant, not on the default schema
				return new RetortMigrationInitializer(retort, properties.isAutoRun()
						? (engine) -> tenantMigrations.upgrade(properties.getTarget()) : (engine) -> {
						});
			}
			if (!properties.isAutoRun()) {
				return new RetortMigrationInitializer(retort, new PendingRevisionsCheck(properties.getOnPending(),
						properties.getOnUnknownRevisions(), properties.isValidateChecksums()));
			}
			String target = properties.getTarget();
			MigrationStrategy own = migrationStrategy.getIfAvailable();
			if (own == null) {
				return new RetortMigrationInitializer(retort, new UpgradeOnStartup(target,
						properties.getOnUnknownRevisions(), properties.getLint().getOnStartup()));
			}
			return new RetortMigrationInitializer(retort, new StartupLint(properties.getLint().getOnStartup(), target, own));
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(RetortCli.class)
		static class CommandModeConfiguration {

			@Bean
			@ConditionalOnMissingBean
			RetortCommandRunner retortCommandRunner(RetortBuilderFactory builders, MigrateProperties properties,
					ObjectProvider<RetortEntityModel> entityModel) {
				return new RetortCommandRunner(builders,
						() -> entityModel.getIfAvailable(() -> RetortEntityModel.NONE).source(),
						RetortCommandRunner.settings(properties));
			}

			/** The app's own entities for {@code migrate revision --autogenerate} and {@code migrate check}. */
			@Configuration(proxyBeanMethods = false)
			@ConditionalOnClass(name = { "org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes",
					"dev.retort.hibernate.HibernateModelSource" })
			static class EntityModelConfiguration {

				@Bean
				@ConditionalOnMissingBean
				RetortEntityModel retortEntityModel(
						ObjectProvider<org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes> managedTypes,
						org.springframework.core.env.Environment environment) {
					return new HibernateEntityModel(managedTypes, environment);
				}

			}

		}

	}

	static final class MigrateDataSourceCondition extends AnyNestedCondition {

		MigrateDataSourceCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnProperty("migrate.url")
		private static final class MigrateUrlCondition {

		}

		@ConditionalOnBean(RetortConnectionDetails.class)
		private static final class ConnectionDetailsCondition {

		}

	}

}
