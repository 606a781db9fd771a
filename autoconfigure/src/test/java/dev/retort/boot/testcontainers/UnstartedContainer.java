package dev.retort.boot.testcontainers;

import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.utility.DockerImageName;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

/**
 * A real Testcontainers JDBC container whose database is a {@link TestDatabase} on the local
 * PostgreSQL or MariaDB service: no Docker daemon runs in this build, so it is never started, and
 * everything a service connection reads from it (image, JDBC URL, user, password, driver) answers
 * without Docker. Everything after that is Spring Boot's own {@code @ServiceConnection} machinery.
 */
final class UnstartedContainer extends JdbcDatabaseContainer<UnstartedContainer> {

	private final TestDatabase database;

	private final String image;

	UnstartedContainer(TestDatabase database) {
		this(database, (database.kind() == DatabaseKind.POSTGRESQL) ? "postgres:17" : "mariadb:11");
	}

	private UnstartedContainer(TestDatabase database, String image) {
		super(DockerImageName.parse(image));
		this.database = database;
		this.image = image;
	}

	@Override
	public String getDockerImageName() {
		return this.image;
	}

	@Override
	public String getDriverClassName() {
		return (this.database.kind() == DatabaseKind.POSTGRESQL) ? "org.postgresql.Driver" : "org.mariadb.jdbc.Driver";
	}

	@Override
	public String getJdbcUrl() {
		return this.database.jdbcUrl();
	}

	@Override
	public String getUsername() {
		return this.database.user();
	}

	@Override
	public String getPassword() {
		return this.database.password();
	}

	@Override
	protected String getTestQueryString() {
		return "SELECT 1";
	}

	@Override
	public boolean isRunning() {
		return true;
	}

	@Override
	public void start() {
		throw new IllegalStateException("never started: the database is " + this.database.jdbcUrl());
	}

	@Override
	public void stop() {
		// nothing runs; the test drops its database itself
	}

}
