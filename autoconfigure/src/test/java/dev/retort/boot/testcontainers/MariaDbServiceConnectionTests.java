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
import dev.retort.boot.testcontainers.UnstartedContainers.LocalMariaDb;
import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A MariaDB container with {@code @ServiceConnection}: the container's database is migrated, even
 * though {@code migrate.url} names another database (the service connection replaces the
 * {@code migrate.*} connection properties, as it replaces {@code spring.datasource.*}).
 */
@SpringBootTest(classes = ServiceConnectionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "migrate.url=jdbc:h2:mem:not-this-one;DB_CLOSE_DELAY=-1")
@DirtiesContext
class MariaDbServiceConnectionTests {

	static final TestDatabase database = TestDatabase.create(DatabaseKind.MARIADB);

	@ServiceConnection
	static final LocalMariaDb mariadb = new LocalMariaDb(database);

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
		assertThat(this.details.getJdbcUrl()).isEqualTo(mariadb.getJdbcUrl());
		assertThat(this.details.getDriverClassName()).isEqualTo("org.mariadb.jdbc.Driver");
		assertThat(AppliedRevisions.of(this.dataSource)).containsExactly("ae1027a6acf0");
		assertThat(AppliedRevisions.of(new org.springframework.jdbc.datasource.SimpleDriverDataSource(
				new org.h2.Driver(), "jdbc:h2:mem:not-this-one;DB_CLOSE_DELAY=-1", "sa", ""))).isEmpty();
	}

}
