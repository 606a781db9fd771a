package dev.retort.boot.autoconfigure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.TestDatabaseAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortConfiguration;
import dev.retort.core.api.RetortException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetortAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class RetortAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void backsOffWithoutDataSource() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(Retort.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(Retort.class)
				.doesNotHaveBean(RetortMigrationInitializer.class));
	}

	@Test
	void backsOffWithoutEngineOnClasspath() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(Retort.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(RetortMigrationInitializer.class));
	}

	@Test
	void transactionPerMigrationAndPlaceholdersReachTheEngine() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.transaction-per-migration=false", "migrate.placeholders.owner=ops",
					"migrate.placeholders.schemaName=app")
			.run((context) -> {
				RetortConfiguration configuration = context.getBean(Retort.class).configuration();
				assertThat(configuration.transactionPerMigration()).isFalse();
				assertThat(configuration.placeholders()).containsOnly(Map.entry("owner", "ops"),
						Map.entry("schemaName", "app"));
			});
	}

	@Test
	void oneTransactionPerRunOnH2LogsThatDdlCommitsAnyway(CapturedOutput output) {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.transaction-per-migration=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(versions(context.getBean(DataSource.class))).containsExactly("ae1027a6acf0");
				assertThat(output).contains("transaction-per-migration=false asks for one transaction for the whole"
						+ " run, but h2 commits every DDL statement implicitly");
			});
	}

	@Test
	void placeholderNamesStartingWithXFailTheStartup() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.placeholders.x.a=1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("Invalid placeholder name 'x.a' (migrate.placeholders.x.a)"));
	}

	@Test
	void runWhenDataSourceShouldUpgradeItToHeads() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(Retort.class).hasSingleBean(RetortMigrationInitializer.class);
				DataSource dataSource = context.getBean(DataSource.class);
				assertThat(versions(dataSource)).containsExactly("ae1027a6acf0");
				assertThat(tableExists(dataSource, "USERS")).isTrue();
			});
	}

	@Test
	void runWhenUrlSetShouldMigrateWithoutDataSourceBean() {
		String url = uniqueH2Url();
		this.contextRunner.withPropertyValues("migrate.url=" + url, "migrate.user=sa").run((context) -> {
			assertThat(context).hasSingleBean(Retort.class).doesNotHaveBean(DataSource.class);
			assertThat(versions(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""))).containsExactly("ae1027a6acf0");
		});
	}

	@Test
	void runWhenUrlSetShouldPreferItToApplicationDataSource() {
		String url = uniqueH2Url();
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.url=" + url)
			.run((context) -> {
				assertThat(context.getBean(RetortBuilderFactory.class).migrationDataSource())
					.isInstanceOf(SimpleDriverDataSource.class);
				assertThat(tableExists(new SimpleDriverDataSource(new org.h2.Driver(), url), "USERS")).isTrue();
				assertThat(tableExists(context.getBean(DataSource.class), "USERS")).isFalse();
			});
	}

	@Test
	void runWhenOnlyUserSetShouldCopyApplicationDataSourceWithThatUser() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.user=sa", "migrate.password=")
			.run((context) -> {
				DataSource migration = context.getBean(RetortBuilderFactory.class).migrationDataSource();
				assertThat(migration).isInstanceOf(SimpleDriverDataSource.class)
					.isNotSameAs(context.getBean(DataSource.class));
				assertThat(((SimpleDriverDataSource) migration).getUsername()).isEqualTo("sa");
				assertThat(tableExists(context.getBean(DataSource.class), "USERS")).isTrue();
			});
	}

	@Test
	void runWhenMigrateDataSourceQualifierShouldUseThatBean() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class).run((context) -> {
			DataSource migrate = context.getBean("migrateDataSource", DataSource.class);
			DataSource application = context.getBean("applicationDataSource", DataSource.class);
			assertThat(context.getBean(RetortBuilderFactory.class).migrationDataSource()).isSameAs(migrate);
			assertThat(tableExists(migrate, "USERS")).isTrue();
			assertThat(tableExists(application, "USERS")).isFalse();
		});
	}

	@Test
	void runWhenTestDatabaseReplacesDataSourceShouldMigrateItAndIgnoreMigrateUrl() {
		String url = uniqueH2Url();
		this.contextRunner
			.withConfiguration(
					AutoConfigurations.of(DataSourceAutoConfiguration.class, TestDatabaseAutoConfiguration.class))
			.withPropertyValues("spring.test.database.replace=any", "migrate.url=" + url, "migrate.user=sa",
					"migrate.password=not-used")
			.run((context) -> {
				DataSource application = context.getBean(DataSource.class);
				assertThat(application).isInstanceOf(EmbeddedDatabase.class);
				assertThat(context.getBean(RetortBuilderFactory.class).migrationDataSource()).isSameAs(application);
				assertThat(versions(application)).containsExactly("ae1027a6acf0");
				assertThat(tableExists(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""), "USERS"))
					.isFalse();
			});
	}

	@Test
	void runWhenTestDatabaseReplacesDataSourceShouldIgnoreMigrateDataSourceBean() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(TestDatabaseAutoConfiguration.class))
			.withUserConfiguration(TwoDataSourcesConfiguration.class)
			.withPropertyValues("spring.test.database.replace=any")
			.run((context) -> {
				DataSource migrate = context.getBean("migrateDataSource", DataSource.class);
				DataSource replacement = context.getBean("applicationDataSource", DataSource.class);
				assertThat(replacement).isInstanceOf(EmbeddedDatabase.class);
				assertThat(tableExists(replacement, "USERS")).isTrue();
				assertThat(tableExists(migrate, "USERS")).isFalse();
			});
	}

	@Test
	void runWhenCustomizersShouldApplyThemInOrder() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withUserConfiguration(CustomizersConfiguration.class)
			.run((context) -> {
				assertThat(context.getBean(CustomizersConfiguration.class).calls).containsExactly("first", "second");
				assertThat(context.getBean(Retort.class).configuration().versionTable()).isEqualTo("second_version");
			});
	}

	@Test
	void runWhenCustomizerAddsListenerShouldKeepLoggingAndListenerBeans(CapturedOutput output) {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withUserConfiguration(ListenersConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				List<String> heard = context.getBean(ListenersConfiguration.class).heard;
				assertThat(heard).contains("bean ae1027a6acf0", "customizer ae1027a6acf0");
				assertThat(heard.indexOf("bean ae1027a6acf0")).isLessThan(heard.indexOf("customizer ae1027a6acf0"));
				assertThat(output).contains("Running upgrade").contains("ae1027a6acf0");
			});
	}

	@Test
	void runWhenMigrationStrategyShouldReplaceUpgrade() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withUserConfiguration(StrategyConfiguration.class)
			.run((context) -> {
				assertThat(context.getBean(StrategyConfiguration.class).called).isTrue();
				assertThat(tableExists(context.getBean(DataSource.class), "USERS")).isFalse();
			});
	}

	@Test
	void runWhenTargetSetShouldUpgradeOnlyThatFar() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.target=1975ea83b712")
			.run((context) -> assertThat(versions(context.getBean(DataSource.class))).containsExactly("1975ea83b712"));
	}

	@Test
	void runWhenTablesConfiguredShouldUseThem() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.version-table=app_version", "migrate.history-table=app_history")
			.run((context) -> {
				DataSource dataSource = context.getBean(DataSource.class);
				assertThat(tableExists(dataSource, "app_version")).isTrue();
				assertThat(tableExists(dataSource, "app_history")).isTrue();
				assertThat(tableExists(dataSource, "retort_version")).isFalse();
			});
	}

	@Test
	void runWhenAutoRunDisabledShouldApplyNothingAndWarn(CapturedOutput output) {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.auto-run=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(tableExists(context.getBean(DataSource.class), "USERS")).isFalse();
				assertThat(output).contains("1975ea83b712 (create users), ae1027a6acf0 (add email to users)")
					.contains("java -jar app.jar migrate upgrade heads")
					.contains("migrate.auto-run=true");
			});
	}

	@Test
	void runWhenAutoRunDisabledAndOnPendingFailShouldNotStart() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.auto-run=false", "migrate.on-pending=fail")
			.run((context) -> {
				assertThat(retortFailure(context).code()).isEqualTo(ErrorCode.NOT_UP_TO_DATE);
				assertThat(retortFailure(context)).hasMessageContaining("1975ea83b712");
			});
	}

	@Test
	void runWhenAutoRunDisabledAndOnPendingIgnoreShouldStartSilently(CapturedOutput output) {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.auto-run=false", "migrate.on-pending=ignore")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).doesNotContain("1975ea83b712");
			});
	}

	@Test
	void runWhenLocationMissingShouldFailWithLocationNotFound() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.locations=classpath:db/missing")
			.run((context) -> assertFailure(context, ErrorCode.LOCATION_NOT_FOUND));
	}

	@Test
	void runWhenTargetHeadWithTwoHeadsShouldFailWithMultipleHeads() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.locations=classpath:db/branched", "migrate.target=head")
			.run((context) -> assertFailure(context, ErrorCode.MULTIPLE_HEADS));
	}

	@Test
	void runWhenRevisionFailsShouldFailWithRevisionFailed() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("migrate.locations=classpath:db/broken")
			.run((context) -> {
				assertThat(retortFailure(context).code()).isIn(ErrorCode.REVISION_FAILED, ErrorCode.PARTIAL_REVISION);
				assertThat(retortFailure(context)).hasMessageContaining("dddddddddddd");
			});
	}

	@Test
	void runWhenRetortShouldTellHibernateTheSchemaIsManaged() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.run((context) -> assertThat(context.getBean(SchemaManagementProvider.class)
				.getSchemaManagement(context.getBean(DataSource.class))).isEqualTo(SchemaManagement.MANAGED));
	}

	@Test
	void runWhenUserDefinesRetortShouldBackOff() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withUserConfiguration(UserRetortConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(Retort.class)
				.hasBean("userRetort")
				.doesNotHaveBean(RetortBuilderFactory.class));
	}

	@Test
	void runWhenCliOnClasspathShouldRegisterCommandRunner() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.run((context) -> assertThat(context).hasSingleBean(RetortCommandRunner.class));
	}

	@Test
	void runWhenCliNotOnClasspathShouldNotRegisterCommandRunner() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("dev.retort.cli"))
			.run((context) -> assertThat(context).hasSingleBean(Retort.class)
				.doesNotHaveBean(RetortCommandRunner.class));
	}

	private static void assertFailure(AssertableApplicationContext context, ErrorCode code) {
		assertThat(retortFailure(context).code()).isEqualTo(code);
		FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).isEqualTo(retortFailure(context).getMessage());
		assertThat(analysis.getAction()).isNotBlank();
	}

	/** The engine's exception inside Boot's bean creation failure. */
	private static RetortException retortFailure(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable failure = context.getStartupFailure();
		while (failure != null && !(failure instanceof RetortException)) {
			failure = failure.getCause();
		}
		assertThat(failure).as("a RetortException in %s", context.getStartupFailure()).isNotNull();
		return (RetortException) failure;
	}

	static String uniqueH2Url() {
		return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	static List<String> versions(DataSource dataSource) throws SQLException {
		List<String> versions = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT version_num FROM \"retort_version\"")) {
			while (rows.next()) {
				versions.add(rows.getString(1));
			}
		}
		return versions;
	}

	static boolean tableExists(DataSource dataSource, String table) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", table, null)) {
			return tables.next();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSourcesConfiguration {

		@Bean
		@Primary
		DataSource applicationDataSource() {
			return new SimpleDriverDataSource(new org.h2.Driver(), uniqueH2Url());
		}

		@Bean
		@MigrateDataSource
		DataSource migrateDataSource() {
			return new SimpleDriverDataSource(new org.h2.Driver(), uniqueH2Url());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizersConfiguration {

		final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		RetortConfigurationCustomizer second() {
			return (builder) -> {
				this.calls.add("second");
				builder.versionTable("second_version");
			};
		}

		@Bean
		@Order(1)
		RetortConfigurationCustomizer first() {
			return (builder) -> {
				this.calls.add("first");
				builder.versionTable("first_version");
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ListenersConfiguration {

		final List<String> heard = new ArrayList<>();

		@Bean
		MigrationListener recordingListener() {
			return recording("bean");
		}

		@Bean
		RetortConfigurationCustomizer listenerCustomizer() {
			return (builder) -> builder.listener(recording("customizer"));
		}

		private MigrationListener recording(String name) {
			return new MigrationListener() {

				@Override
				public void stepFinished(AppliedStep step) {
					ListenersConfiguration.this.heard.add(name + " " + step.step().revision().id());
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class StrategyConfiguration {

		boolean called;

		@Bean
		MigrationStrategy recordingStrategy() {
			return (retort) -> this.called = true;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserRetortConfiguration {

		@Bean
		Retort userRetort(DataSource dataSource) {
			return Retort.configure().dataSource(dataSource).load();
		}

	}

}
