package dev.retort.test;

/**
 * The databases every Retort test can run on.
 *
 * @since 0.1.0
 */
public enum DatabaseKind {

	/** H2 in memory, always available. */
	H2,

	/** PostgreSQL: a local service, else a Testcontainers container. */
	POSTGRESQL,

	/** MariaDB: a local service, else a Testcontainers container. */
	MARIADB

}
