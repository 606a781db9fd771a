package dev.retort.boot.autoconfigure.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import dev.retort.core.api.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented setup names the developer's database in {@code migrate.url}; a
 * {@code @DataJpaTest} replaces the DataSource with an embedded one, and Retort migrates that
 * replacement: the developer's own database stays untouched (issue 17, item 1).
 */
@DataJpaTest(properties = { "migrate.url=" + TestDatabaseSliceTests.DEVELOPER_DATABASE, "migrate.user=sa",
		"migrate.password=" })
class TestDatabaseSliceTests {

	static final String DEVELOPER_DATABASE = "jdbc:h2:mem:developers-own-database;DB_CLOSE_DELAY=-1";

	/** Keeps the developer's database alive for the whole class, so anything written to it stays visible. */
	private static Connection developerDatabase;

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private Retort retort;

	@BeforeAll
	static void openDeveloperDatabase() throws SQLException {
		developerDatabase = DriverManager.getConnection(DEVELOPER_DATABASE, "sa", "");
	}

	@AfterAll
	static void closeDeveloperDatabase() throws SQLException {
		developerDatabase.close();
	}

	@Test
	void sliceShouldMigrateTheTestDatabaseAndNotMigrateUrl() throws SQLException {
		assertThat(this.retort.current()).containsExactly("ae1027a6acf0");
		this.entityManager.persistAndFlush(new User(3L, "Ada"));
		this.entityManager.clear();
		assertThat(this.entityManager.find(User.class, 3L).getName()).isEqualTo("Ada");
		try (ResultSet tables = developerDatabase.getMetaData().getTables(null, "PUBLIC", "%", null)) {
			assertThat(tables.next()).as("a table in the database migrate.url names").isFalse();
		}
	}

}
