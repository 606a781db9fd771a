package dev.retort.boot.testcontainers;

import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import dev.retort.test.TestDatabase;

/**
 * Real Testcontainers container types whose database is a {@link TestDatabase} on the local
 * service: no Docker daemon runs in this build, so they are never started, and everything a
 * service connection reads from them (image, JDBC URL, user, password, driver) answers without
 * Docker. Everything after that is Spring Boot's own {@code @ServiceConnection} machinery.
 */
final class UnstartedContainers {

	private UnstartedContainers() {
	}

	static final class LocalPostgres extends PostgreSQLContainer {

		private final TestDatabase database;

		LocalPostgres(TestDatabase database) {
			super("postgres:17");
			this.database = database;
		}

		@Override
		public String getDockerImageName() {
			return "postgres:17";
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

	static final class LocalMariaDb extends MariaDBContainer {

		private final TestDatabase database;

		LocalMariaDb(TestDatabase database) {
			super("mariadb:11");
			this.database = database;
		}

		@Override
		public String getDockerImageName() {
			return "mariadb:11";
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

}
