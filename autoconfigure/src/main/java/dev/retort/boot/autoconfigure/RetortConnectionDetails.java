package dev.retort.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * Where Retort connects when the database to migrate is not simply the application's DataSource.
 * By default the values come from {@code migrate.url}, {@code migrate.user},
 * {@code migrate.password} and {@code migrate.driver-class-name}. A bean of this type replaces
 * them: a Testcontainers {@code @ServiceConnection} on a PostgreSQL or MariaDB container, or a
 * Docker Compose database service, defines one, so Retort migrates that database.
 *
 * <p>With a JDBC URL, Retort opens its own connections to it (no pool). Without one, it migrates
 * the {@code @MigrateDataSource} bean or the application's DataSource, connecting as
 * {@link #getUsername()} when that is set.
 *
 * @since 0.1.0
 */
public interface RetortConnectionDetails extends ConnectionDetails {

	/**
	 * @return the JDBC URL of the database to migrate, or {@code null} to migrate a DataSource of
	 * the application
	 */
	@Nullable String getJdbcUrl();

	/**
	 * @return the login user, or {@code null} to use the DataSource's own
	 */
	@Nullable String getUsername();

	/**
	 * @return the login password, or {@code null}
	 */
	@Nullable String getPassword();

	/**
	 * The JDBC driver to load. By default the driver Spring Boot knows for the URL's database, or
	 * {@code null} when there is no URL or Boot does not know its database.
	 * @return the driver's class name, or {@code null}
	 */
	default @Nullable String getDriverClassName() {
		String jdbcUrl = getJdbcUrl();
		return (jdbcUrl != null) ? DatabaseDriver.fromJdbcUrl(jdbcUrl).getDriverClassName() : null;
	}

}
