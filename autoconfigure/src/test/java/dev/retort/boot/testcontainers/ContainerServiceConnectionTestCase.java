package dev.retort.boot.testcontainers;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.annotation.DirtiesContext;

import dev.retort.boot.AppliedRevisions;
import dev.retort.boot.autoconfigure.RetortConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A container with a plain {@code @ServiceConnection} (declared by the subclass, one per
 * database): Spring Boot's test support registers its connection details, the application's
 * DataSource and Retort both use them, and the container's database is migrated, even though
 * {@code migrate.url} names another database (the service connection replaces the
 * {@code migrate.*} connection properties, as it replaces {@code spring.datasource.*}).
 */
@SpringBootTest(classes = ServiceConnectionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "migrate.url=" + ContainerServiceConnectionTestCase.OTHER_URL)
@DirtiesContext
abstract class ContainerServiceConnectionTestCase {

	static final String OTHER_URL = "jdbc:h2:mem:container-not-this-one;DB_CLOSE_DELAY=-1";

	@Autowired
	private RetortConnectionDetails details;

	@Autowired
	private DataSource dataSource;

	abstract UnstartedContainer container();

	@Test
	void startupShouldMigrateTheContainersDatabase() throws Exception {
		assertThat(this.details.getClass().getName()).startsWith(RetortContainerConnectionDetailsFactory.class.getName());
		assertThat(this.details.getJdbcUrl()).isEqualTo(container().getJdbcUrl());
		assertThat(this.details.getDriverClassName()).isEqualTo(container().getDriverClassName());
		assertThat(AppliedRevisions.of(this.dataSource)).containsExactly("ae1027a6acf0");
		try (var connection = this.dataSource.getConnection()) {
			// the MariaDB driver reports the URL without the default port: compare the database instead
			assertThat(container().getJdbcUrl()).contains("/" + connection.getCatalog());
		}
		assertThat(AppliedRevisions.of(new SimpleDriverDataSource(new org.h2.Driver(), OTHER_URL, "sa", ""))).isEmpty();
	}

}
