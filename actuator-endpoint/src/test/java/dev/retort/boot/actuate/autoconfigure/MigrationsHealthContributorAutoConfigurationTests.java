package dev.retort.boot.actuate.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.retort.boot.actuate.MigrationsHealthIndicator;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.core.api.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsHealthContributorAutoConfiguration}.
 */
class MigrationsHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
				MigrationFailuresAutoConfiguration.class, MigrationsHealthContributorAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "migrate.locations=classpath:db/linear");

	@Test
	void runShouldCreateIndicatorThatIsUpAtHeads() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(MigrationsHealthIndicator.class);
			assertThat(context.getBean(MigrationsHealthIndicator.class).health(true).getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void runWhenPendingShouldReportConfiguredStatus() {
		this.contextRunner
			.withPropertyValues("migrate.target=1975ea83b712", "migrate.health.pending-status=OUT_OF_SERVICE")
			.run((context) -> assertThat(context.getBean(MigrationsHealthIndicator.class).health(true).getStatus())
				.isEqualTo(Status.OUT_OF_SERVICE));
	}

	@Test
	void runWhenDisabledShouldNotCreateIndicator() {
		this.contextRunner.withPropertyValues("management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(HealthContributor.class));
	}

	@Test
	void runWhenTwoEnginesShouldCreateCompositeWithOneIndicatorEach() {
		this.contextRunner.withUserConfiguration(TwoEnginesConfiguration.class).run((context) -> {
			HealthContributor contributor = context.getBean("migrationsHealthContributor", HealthContributor.class);
			assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
			CompositeHealthContributor composite = (CompositeHealthContributor) contributor;
			assertThat(composite.getContributor("first")).isInstanceOf(MigrationsHealthIndicator.class);
			assertThat(composite.getContributor("second")).isInstanceOf(MigrationsHealthIndicator.class);
		});
	}

	@Test
	void backsOffWithoutHealthOnClasspath() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ConditionalOnEnabledHealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("migrationsHealthContributor"));
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoEnginesConfiguration {

		@Bean
		Retort first(DataSource dataSource) {
			return Retort.configure().dataSource(dataSource).locations(List.of("classpath:db/linear")).load();
		}

		@Bean
		Retort second(DataSource dataSource) {
			return Retort.configure()
				.dataSource(dataSource)
				.locations(List.of("classpath:db/branched"))
				.versionTable("second_version")
				.historyTable("second_history")
				.load();
		}

	}

}
