package dev.retort.boot.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The DataSource Retort migrates, with the driver's own log line kept off Retort's connection
 * attempts until one succeeds. The MariaDB driver logs every error the server sends at WARN
 * ({@code ErrorPacket}), so a wrong password printed a driver line before Retort's failure report,
 * which says the same with the fix. Only the loggers below are raised, only to ERROR, only while
 * Retort connects, and only when the application's logging configuration sets no level for them
 * or a parent below the root (whoever asks for driver logs keeps them). After the first successful
 * connection the DataSource only delegates.
 */
final class QuietConnectDataSource extends DelegatingDataSource {

	/** The loggers that report a refused connection before the driver throws. */
	static final List<String> DRIVER_LOGGERS = List.of("org.mariadb.jdbc.message.server.ErrorPacket");

	private final ClassLoader classLoader;

	private volatile boolean connected;

	QuietConnectDataSource(DataSource target, ClassLoader classLoader) {
		super(target);
		this.classLoader = classLoader;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return this.connected ? obtainTargetDataSource().getConnection()
				: quietly(() -> obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return this.connected ? obtainTargetDataSource().getConnection(username, password)
				: quietly(() -> obtainTargetDataSource().getConnection(username, password));
	}

	private Connection quietly(ConnectionAttempt attempt) throws SQLException {
		Runnable restore = raiseDriverLoggers();
		try {
			Connection connection = attempt.connect();
			this.connected = true;
			return connection;
		}
		finally {
			restore.run();
		}
	}

	/** Raise the driver loggers nobody configured to ERROR; returns what puts them back. */
	private Runnable raiseDriverLoggers() {
		List<String> present = driverLoggersPresent(this.classLoader);
		if (present.isEmpty()) {
			// no such driver here (H2, PostgreSQL): leave the logging system alone, which costs a start time
			return () -> {
			};
		}
		try {
			LoggingSystem logging = LoggingSystem.get(this.classLoader);
			List<String> raised = present.stream().filter((name) -> !configured(logging, name)).toList();
			raised.forEach((name) -> logging.setLogLevel(name, LogLevel.ERROR));
			return () -> raised.forEach((name) -> logging.setLogLevel(name, null));
		}
		catch (RuntimeException ex) {
			// no logging system that can tell or set levels: connect as the application would
			return () -> {
			};
		}
	}

	/**
	 * The {@link #DRIVER_LOGGERS} whose driver is on the class path: each is named after the
	 * driver's class that logs, looked up as a resource (without loading it).
	 */
	static List<String> driverLoggersPresent(ClassLoader classLoader) {
		List<String> present = new ArrayList<>(DRIVER_LOGGERS.size());
		for (String name : DRIVER_LOGGERS) {
			if (classLoader.getResource(name.replace('.', '/') + ".class") != null) {
				present.add(name);
			}
		}
		return present;
	}

	/** Whether the application set a level for the logger or one of its parents (the root aside). */
	private static boolean configured(LoggingSystem logging, String name) {
		for (String candidate = name; !candidate.isEmpty();
				candidate = candidate.substring(0, Math.max(candidate.lastIndexOf('.'), 0))) {
			LoggerConfiguration configuration = logging.getLoggerConfiguration(candidate);
			if (configuration != null && configuration.getConfiguredLevel() != null) {
				return true;
			}
		}
		return false;
	}

	@FunctionalInterface
	private interface ConnectionAttempt {

		Connection connect() throws SQLException;

	}

}
