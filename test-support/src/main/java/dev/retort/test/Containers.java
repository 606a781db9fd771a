package dev.retort.test;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The Testcontainers fallback: one container per kind and JVM, stopped by Testcontainers' reaper
 * when the JVM exits.
 */
final class Containers {

	private Containers() {
	}

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	static DatabaseServer start(DatabaseKind kind) {
		JdbcDatabaseContainer<?> container = switch (kind) {
			case POSTGRESQL -> new PostgreSQLContainer("postgres:16-alpine");
			case MARIADB -> new MariaDBContainer("mariadb:11").withUsername("root").withPassword("retort");
			case H2 -> throw new IllegalArgumentException("H2 needs no container");
		};
		container.start();
		return new DatabaseServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(), null);
	}

}
