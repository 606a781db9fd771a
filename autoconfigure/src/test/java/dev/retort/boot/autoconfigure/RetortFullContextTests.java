package dev.retort.boot.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.retort.boot.autoconfigure.app.TestApplication;
import dev.retort.boot.autoconfigure.app.TestApplication.UserNames;
import dev.retort.boot.autoconfigure.app.User;
import dev.retort.core.api.Retort;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts a whole JPA application on H2, PostgreSQL and MariaDB: Retort runs before Hibernate
 * validates the schema, before {@code JdbcTemplate} users and before {@code spring.sql.init}.
 */
@ExtendWith(OutputCaptureExtension.class)
class RetortFullContextTests {

	@DatabaseTest
	void startupShouldApplyRevisionsBeforeJpaValidatesAndRestartShouldDoNothing(TestDatabase db,
			CapturedOutput output) {
		try (ConfigurableApplicationContext context = start(db)) {
			assertThat(context.getBean(Retort.class).current()).containsExactly("ae1027a6acf0");
			assertThat(context.getBean(UserNames.class).names()).containsExactly("from spring.sql.init");
			var entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
			assertThat(entityManager.find(User.class, 1L).getName()).isEqualTo("from spring.sql.init");
			entityManager.close();
			assertThat(historyRevisions(context)).containsExactly("1975ea83b712", "ae1027a6acf0");
		}
		assertThat(output).contains("Running upgrade  -> 1975ea83b712, create users")
			.contains("Running upgrade 1975ea83b712 -> ae1027a6acf0, add email to users");
		int logLength = output.length();
		try (ConfigurableApplicationContext context = start(db, "spring.sql.init.mode=never")) {
			assertThat(context.getBean(Retort.class).status().upToDate()).isTrue();
			assertThat(historyRevisions(context)).containsExactly("1975ea83b712", "ae1027a6acf0");
		}
		assertThat(output.toString().substring(logLength)).doesNotContain("Running upgrade");
	}

	@DatabaseTest
	void startupWhenAutoRunDisabledShouldWarnAndApplyNothing(TestDatabase db, CapturedOutput output) {
		// lazy: the bean that reads the users table is never created; the initializer still runs
		try (ConfigurableApplicationContext context = start(db, "migrate.auto-run=false",
				"spring.jpa.hibernate.ddl-auto=none", "spring.sql.init.mode=never", "spring.main.lazy-initialization=true")) {
			assertThat(context.getBean(Retort.class).current()).isEmpty();
			assertThat(output).contains("Pending revisions (2): 1975ea83b712 (create users),"
					+ " ae1027a6acf0 (add email to users)");
		}
	}

	private static List<String> historyRevisions(ConfigurableApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		String table = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData()
			.getDatabaseProductName()
			.startsWith("H2")) ? "\"retort_history\"" : "retort_history";
		return jdbc.queryForList("SELECT revision FROM " + table + " ORDER BY id", String.class);
	}

	private static ConfigurableApplicationContext start(TestDatabase db, String... properties) {
		return new SpringApplicationBuilder(TestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
					"spring.datasource.password=" + db.password(), "spring.jpa.hibernate.ddl-auto=validate",
					"spring.sql.init.mode=always", "spring.sql.init.data-locations=classpath:full-context/data.sql")
			.properties(properties)
			.run();
	}

}
