package dev.retort.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The lint warm-up starts only when the start-up lint will run. */
class LintWarmUpTests {

	@Test
	void startsByDefaultAndIsRegisteredForEveryApplication() {
		List<Runnable> started = new ArrayList<>();
		new LintWarmUp(started::add).onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
				new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment(Map.of())));
		assertThat(started).hasSize(1);
		started.get(0).run(); // the warm-up itself: lints the built-in sample, throws nothing
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
			.hasAtLeastOneElementOfType(LintWarmUp.class);
	}

	@Test
	void staysOffForAMigrateCommand() {
		List<Runnable> started = new ArrayList<>();
		LintWarmUp warmUp = new LintWarmUp(started::add);
		warmUp.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[] { "--spring.profiles.active=x", "migrate", "current" },
				environment(Map.of())));
		assertThat(started).isEmpty();
		warmUp.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[] { "--server.port=0" }, environment(Map.of())));
		assertThat(started).hasSize(1);
	}

	@Test
	void staysOffWhenTheStartupLintDoesNotRun() {
		assertThat(LintWarmUp.wanted(environment(Map.of("migrate.lint.on-startup", "warn")))).isTrue();
		assertThat(LintWarmUp.wanted(environment(Map.of("migrate.lint.on-startup", "fail")))).isTrue();
		assertThat(LintWarmUp.wanted(environment(Map.of("migrate.lint.on-startup", "off")))).isFalse();
		StandardEnvironment variables = new StandardEnvironment();
		variables.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						Map.of("MIGRATE_LINT_ONSTARTUP", "OFF")));
		assertThat(LintWarmUp.wanted(variables)).isFalse();
		assertThat(LintWarmUp.wanted(environment(Map.of("migrate.enabled", "false")))).isFalse();
		assertThat(LintWarmUp.wanted(environment(Map.of("migrate.auto-run", "false")))).isFalse();
		// a value that does not bind is left to MigrateProperties to report
		assertThat(LintWarmUp.wanted(environment(Map.of("migrate.lint.on-startup", "sometimes")))).isFalse();
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
