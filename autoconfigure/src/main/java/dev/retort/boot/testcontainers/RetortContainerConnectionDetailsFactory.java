package dev.retort.boot.testcontainers;

import org.testcontainers.containers.JdbcDatabaseContainer;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

import dev.retort.boot.autoconfigure.RetortConnectionDetails;

/**
 * Gives Retort the database of a {@code @ServiceConnection} JDBC container (PostgreSQL, MariaDB,
 * any {@link JdbcDatabaseContainer}): a test or a development application that starts one
 * migrates that container. Registered in {@code META-INF/spring.factories}, and only loaded by
 * {@code spring-boot-testcontainers}.
 */
final class RetortContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<JdbcDatabaseContainer<?>, RetortConnectionDetails> {

	@Override
	protected RetortConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
		return new JdbcContainerDetails(source);
	}

	/** Reads the container lazily: Boot starts it on the first call, if it is not running yet. */
	private static final class JdbcContainerDetails extends ContainerConnectionDetails<JdbcDatabaseContainer<?>>
			implements RetortConnectionDetails {

		private JdbcContainerDetails(ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
			super(source);
		}

		@Override
		public String getJdbcUrl() {
			return getContainer().getJdbcUrl();
		}

		@Override
		public String getUsername() {
			return getContainer().getUsername();
		}

		@Override
		public String getPassword() {
			return getContainer().getPassword();
		}

		@Override
		public String getDriverClassName() {
			return getContainer().getDriverClassName();
		}

	}

}
