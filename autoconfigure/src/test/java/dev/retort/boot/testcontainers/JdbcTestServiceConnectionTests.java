package dev.retort.boot.testcontainers;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import dev.retort.boot.AppliedRevisions;
import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test slice with a {@code @ServiceConnection} container: Boot keeps the container's DataSource
 * (no embedded replacement), and Retort migrates the container before the test runs.
 */
@JdbcTest
@ContextConfiguration(classes = ServiceConnectionApplication.class)
@DirtiesContext
class JdbcTestServiceConnectionTests {

	static final TestDatabase database = TestDatabase.create(DatabaseKind.MARIADB);

	@ServiceConnection
	static final UnstartedContainer mariadb = new UnstartedContainer(database);

	@Autowired
	private DataSource dataSource;

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Test
	void sliceShouldKeepTheContainerAndRetortShouldMigrateIt() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			// the driver reports the URL without the default port: compare the database instead
			assertThat(mariadb.getJdbcUrl()).contains("/" + connection.getCatalog());
		}
		assertThat(AppliedRevisions.of(database.dataSource())).containsExactly("ae1027a6acf0");
	}

}
