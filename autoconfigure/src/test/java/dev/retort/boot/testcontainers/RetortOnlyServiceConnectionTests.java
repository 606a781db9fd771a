package dev.retort.boot.testcontainers;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import dev.retort.boot.AppliedRevisions;
import dev.retort.boot.autoconfigure.RetortConnectionDetails;
import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @ServiceConnection(type = RetortConnectionDetails.class)}: only Retort uses the
 * container; the application keeps its own (H2) database, which Retort leaves alone.
 */
@SpringBootTest(classes = ServiceConnectionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.datasource.url=jdbc:h2:mem:retort-only-app;DB_CLOSE_DELAY=-1")
@DirtiesContext
class RetortOnlyServiceConnectionTests {

	static final TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL);

	@ServiceConnection(type = RetortConnectionDetails.class)
	static final UnstartedContainer postgres = new UnstartedContainer(database);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DataSource dataSource;

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Test
	void startupShouldMigrateTheContainerAndLeaveTheApplicationsDatabase() throws Exception {
		assertThat(this.context.getBeanNamesForType(JdbcConnectionDetails.class)).hasSize(1);
		assertThat(this.context.getBean(JdbcConnectionDetails.class).getJdbcUrl()).startsWith("jdbc:h2:");
		assertThat(AppliedRevisions.of(this.dataSource)).isEmpty();
		assertThat(AppliedRevisions.of(database.dataSource())).containsExactly("ae1027a6acf0");
	}

}
