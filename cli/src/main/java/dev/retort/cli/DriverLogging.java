package dev.retort.cli;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps JDBC drivers' log lines off the terminal, where the CLI prints its own. The MariaDB
 * driver writes every server error to the console when no logging library is present (a first
 * run's missing version table, a wrong password, each before Retort's own message); it is sent
 * to java.util.logging instead, where the drivers' loggers are off unless a logging
 * configuration file sets their levels. Retort's note that a revision index is out of date
 * ({@code dev.retort.core.index}) prints as one plain line instead of java.util.logging's two.
 */
final class DriverLogging {

	private static final String MARIADB_FALLBACK = "mariadb.logging.fallback";

	/** Held so the levels stick: java.util.logging keeps loggers only weakly. */
	private static final List<Logger> DRIVERS = List.of(Logger.getLogger("org.mariadb.jdbc"),
			Logger.getLogger("org.postgresql"), Logger.getLogger("h2database"));

	/** Retort's own note that a revision index is out of date: one plain line on stderr. */
	private static final Logger INDEX = Logger.getLogger("dev.retort.core.index");

	private DriverLogging() {
	}

	/** Call before the first connection: the MariaDB driver chooses its logger once. */
	static void quiet() {
		if (System.getProperty(MARIADB_FALLBACK) == null) {
			System.setProperty(MARIADB_FALLBACK, "JDK");
		}
		for (Logger logger : DRIVERS) {
			if (logger.getLevel() == null) {
				logger.setLevel(Level.OFF);
			}
		}
		if (INDEX.getHandlers().length == 0) {
			INDEX.setUseParentHandlers(false);
			INDEX.addHandler(new Handler() {

				@Override
				public void publish(LogRecord record) {
					if (isLoggable(record)) {
						System.err.println("Note: " + record.getMessage());
					}
				}

				@Override
				public void flush() {
					System.err.flush();
				}

				@Override
				public void close() {
				}

			});
		}
	}

}
