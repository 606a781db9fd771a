package dev.retort.boot.autoconfigure;

import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;

import org.junit.jupiter.api.Test;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link QuietConnectDataSource}: the driver loggers it raises while Retort connects, only where
 * their driver is on the class path.
 */
class QuietConnectDataSourceTests {

	@Test
	void mariaDbDriverLoggerIsFoundWhenTheDriverIsOnTheClassPath() {
		assertThat(QuietConnectDataSource.driverLoggersPresent(getClass().getClassLoader()))
			.containsExactlyElementsOf(QuietConnectDataSource.DRIVER_LOGGERS);
	}

	@Test
	void noDriverLoggerIsRaisedWhereNoDriverThatLogsIsOnTheClassPath() throws Exception {
		try (URLClassLoader jdkOnly = new URLClassLoader(new URL[0], null)) {
			assertThat(QuietConnectDataSource.driverLoggersPresent(jdkOnly)).isEmpty();
		}
	}

	@Test
	void connectingLeavesTheDriverLoggerAsItWasAfterwards() throws Exception {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		String name = QuietConnectDataSource.DRIVER_LOGGERS.get(0);
		LogLevel before = level(logging, name);
		SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:quiet_connect_" + System.nanoTime(), "sa", "");
		QuietConnectDataSource dataSource = new QuietConnectDataSource(h2, getClass().getClassLoader());
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.isValid(1)).isTrue();
		}
		assertThat(level(logging, name)).isEqualTo(before);
	}

	private static LogLevel level(LoggingSystem logging, String name) {
		LoggerConfiguration configuration = logging.getLoggerConfiguration(name);
		return (configuration != null) ? configuration.getConfiguredLevel() : null;
	}

}
