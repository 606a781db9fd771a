package dev.retort.boot.testcontainers;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.annotation.DirtiesContext;

import dev.retort.boot.AppliedRevisions;
import dev.retort.boot.autoconfigure.RetortConnectionDetails;
import dev.retort.boot.testcontainers.UnstartedContainers.LocalPostgres;
import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL container with {@code @ServiceConnection}: Spring Boot's test support registers
 * the connection details for it, the application's DataSource and Retort both use them, and the
 * container's database is the one migrated.
 */
@SpringBootTest(classes = ServiceConnectionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class PostgreSqlServiceConnectionTests {

	static final TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL);

	@ServiceConnection
	static final LocalPostgres postgres = new LocalPostgres(database);

	@Autowired
	private RetortConnectionDetails details;

	@Autowired
	private DataSource dataSource;

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Test
	void startupShouldMigrateTheContainersDatabase() throws Exception {
		assertThat(this.details.getClass().getName()).startsWith(RetortContainerConnectionDetailsFactory.class.getName());
		assertThat(this.details.getJdbcUrl()).isEqualTo(postgres.getJdbcUrl());
		assertThat(this.details.getDriverClassName()).isEqualTo("org.postgresql.Driver");
		assertThat(AppliedRevisions.of(this.dataSource)).containsExactly("ae1027a6acf0");
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).startsWith(postgres.getJdbcUrl());
		}
	}

}
