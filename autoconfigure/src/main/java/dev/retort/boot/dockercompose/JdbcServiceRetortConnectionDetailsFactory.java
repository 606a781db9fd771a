package dev.retort.boot.dockercompose;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import dev.retort.boot.autoconfigure.RetortConnectionDetails;

/**
 * Gives Retort the database of a Docker Compose service. Spring Boot's Docker Compose support
 * first turns a {@code postgres} or {@code mariadb} service into {@link JdbcConnectionDetails},
 * then offers those details to every factory that accepts them: this one hands the same URL,
 * user, password and driver to Retort. Registered in {@code META-INF/spring.factories}.
 */
final class JdbcServiceRetortConnectionDetailsFactory
		implements ConnectionDetailsFactory<JdbcConnectionDetails, RetortConnectionDetails> {

	@Override
	public RetortConnectionDetails getConnectionDetails(JdbcConnectionDetails service) {
		return new ServiceDetails(service);
	}

	/** Reads the service's details on every call, as Boot's own do. */
	private record ServiceDetails(JdbcConnectionDetails service) implements RetortConnectionDetails {

		@Override
		public String getJdbcUrl() {
			return this.service.getJdbcUrl();
		}

		@Override
		public @Nullable String getUsername() {
			return this.service.getUsername();
		}

		@Override
		public @Nullable String getPassword() {
			return this.service.getPassword();
		}

		@Override
		public String getDriverClassName() {
			return this.service.getDriverClassName();
		}

	}

}
