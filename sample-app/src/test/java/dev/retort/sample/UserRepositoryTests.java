package dev.retort.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @DataJpaTest} of the sample, set up as docs/getting-started.md describes with
 * {@code migrate.url} naming the developer's own database: Boot swaps in an embedded database,
 * Retort applies the revisions to it, and the database {@code migrate.url} names is not touched.
 */
@DataJpaTest(properties = "migrate.url=" + UserRepositoryTests.DEVELOPER_DATABASE)
class UserRepositoryTests {

	static final String DEVELOPER_DATABASE = "jdbc:h2:mem:sample-developer-db;DB_CLOSE_DELAY=-1";

	private static Connection developerDatabase;

	@Autowired
	private UserRepository users;

	@BeforeAll
	static void openDeveloperDatabase() throws SQLException {
		developerDatabase = DriverManager.getConnection(DEVELOPER_DATABASE, "sa", "");
	}

	@AfterAll
	static void closeDeveloperDatabase() throws SQLException {
		developerDatabase.close();
	}

	@Test
	void savedUserShouldBeFoundInTheMigratedTestDatabase() throws SQLException {
		User saved = this.users.save(new User("Ada", "ada@example.com"));
		assertThat(this.users.findById(saved.getId())).hasValueSatisfying(
				(found) -> assertThat(found.getEmail()).isEqualTo("ada@example.com"));
		try (ResultSet tables = developerDatabase.getMetaData().getTables(null, "PUBLIC", "%", null)) {
			assertThat(tables.next()).as("a table in the database migrate.url names").isFalse();
		}
	}

}
