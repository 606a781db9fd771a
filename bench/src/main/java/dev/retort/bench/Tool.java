package dev.retort.bench;

import java.util.Locale;

import javax.sql.DataSource;

/**
 * The four ways of applying the same revisions.
 *
 * @since 0.1.0
 */
public enum Tool {

	/** Retort's engine API: {@code Retort.configure()...load().upgrade("heads")}. */
	RETORT,
	/** Flyway, the version the Spring Boot BOM manages. */
	FLYWAY,
	/** Liquibase 4.33 with a formatted-SQL changelog. */
	LIQUIBASE,
	/** The physical floor: the same statements, one transaction per revision, a hand-kept version row. */
	JDBC;

	/**
	 * @return the name used in results and tables
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Build the tool's engine; what {@link Engine#run()} then does is what gets timed.
	 * @param dataSource the database
	 * @param corpus the revisions
	 * @return the engine
	 * @throws Exception when the tool cannot be set up
	 */
	public Engine build(DataSource dataSource, Corpus corpus) throws Exception {
		return switch (this) {
			case RETORT -> Engines.retort(dataSource, corpus, false);
			case FLYWAY -> Engines.flyway(dataSource, corpus);
			case LIQUIBASE -> Engines.liquibase(dataSource, corpus);
			case JDBC -> Engines.jdbc(dataSource, corpus);
		};
	}

	/**
	 * A built engine.
	 *
	 * @since 0.1.0
	 */
	public interface Engine extends AutoCloseable {

		/**
		 * Bring the database to the newest revision.
		 * @throws Exception when the tool fails
		 */
		void run() throws Exception;

		@Override
		default void close() throws Exception {
		}

	}

}
