package dev.retort.boot.autoconfigure;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

import dev.retort.cli.RetortCli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MinimalCommandRunListener}: the command runs once the environment is complete,
 * before any application context exists.
 */
@ExtendWith(OutputCaptureExtension.class)
class MinimalCommandRunListenerTests {

	@Test
	void runsAfterBootsOwnListenerHasCompletedTheEnvironment() {
		SpringApplication application = new SpringApplication();
		String[] args = { "migrate", "current" };
		List<SpringApplicationRunListener> listeners = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(SpringApplicationRunListener.class, ArgumentResolver.of(SpringApplication.class, application)
				.and(String[].class, args));
		AnnotationAwareOrderComparator.sort(listeners);
		List<String> order = listeners.stream().map((listener) -> listener.getClass().getSimpleName()).toList();
		assertThat(order).contains("EventPublishingRunListener", "RetortCommandRunListener");
		assertThat(order.indexOf("MinimalCommandRunListener")).isGreaterThan(order.indexOf("EventPublishingRunListener"));
		assertThat(order.indexOf("RetortCommandRunListener")).isLessThan(order.indexOf("EventPublishingRunListener"));
	}

	@Test
	void runGivesTheCommandsStatusAndOutput(CapturedOutput output) {
		StandardEnvironment environment = environment(
				Map.of("spring.datasource.url", RetortAutoConfigurationTests.uniqueH2Url(), "spring.datasource.username", "sa"));
		assertThat(listener("--spring.main.banner-mode=off", "migrate", "upgrade", "heads").run(environment)).isZero();
		assertThat(listener("migrate", "current").run(environment)).isZero();
		assertThat(output.getOut()).contains("ae1027a6acf0 (head)");
		assertThat(listener("migrate", "downgrade", "nonexistent").run(environment)).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(output.getErr()).contains("FAILED: ").contains("nonexistent");
	}

	@Test
	void aFailureBeforeTheCommandStartsIsReportedWithThePasswordMasked(CapturedOutput output) {
		StandardEnvironment environment = environment(Map.of("spring.datasource.url",
				"jdbc:postgres://app:s3cret-value@localhost/app", "spring.datasource.password", "s3cret-value"));
		assertThat(listener("migrate", "current").run(environment)).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(output.getErr()).startsWith("FAILED: spring.datasource.url 'jdbc:postgres://app:")
			.contains("@localhost/app' names no database a JDBC driver accepts; did you mean jdbc:postgresql://app:")
			.doesNotContain("s3cret-value");
	}

	@Test
	void environmentPreparedWithoutACommandReturnsAndChangesNothing() {
		StandardEnvironment environment = environment(Map.of("spring.datasource.url", "jdbc:h2:mem:x"));
		listener("--server.port=0").environmentPrepared(new DefaultBootstrapContext(), environment);
		assertThat(environment.getPropertySources().size()).isEqualTo(new StandardEnvironment().getPropertySources().size() + 1);
	}

	private static MinimalCommandRunListener listener(String... args) {
		return new MinimalCommandRunListener(new SpringApplication(), args);
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
		return environment;
	}

}
