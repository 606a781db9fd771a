package dev.retort.boot.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetortCommandRunListener}.
 */
class RetortCommandRunListenerTests {

	@Test
	void environmentPreparedWhenCommandShouldTurnOffWebServerAndAutoRun() {
		StandardEnvironment environment = new StandardEnvironment();
		// the application's own setting (not a system property, which would outlive this test)
		environment.getPropertySources().addLast(new MapPropertySource("application", Map.of("logging.level.root", "debug")));
		new RetortCommandRunListener(new SpringApplication(), new String[] { "migrate", "current" })
			.environmentPrepared(new DefaultBootstrapContext(), environment);
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(environment.getProperty("migrate.auto-run")).isEqualTo("false");
		assertThat(environment.getProperty("migrate.on-pending")).isEqualTo("ignore");
		assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("none");
		assertThat(environment.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
		assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
		// quiet logs are a default only: the application's own setting wins
		assertThat(environment.getProperty("logging.level.root")).isEqualTo("debug");
	}

	@Test
	void environmentPreparedWhenNotCommandShouldChangeNothing() {
		StandardEnvironment environment = new StandardEnvironment();
		new RetortCommandRunListener(new SpringApplication(), new String[] { "--server.port=0" })
			.environmentPrepared(new DefaultBootstrapContext(), environment);
		assertThat(environment.getPropertySources().contains(RetortCommandRunListener.PROPERTY_SOURCE_NAME)).isFalse();
		assertThat(environment.getProperty("migrate.auto-run")).isNull();
	}

}
