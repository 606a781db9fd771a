package dev.retort.boot.autoconfigure.app;

import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An application with one entity and one bean that reads the table while it is created, so
 * starting it proves that revisions ran before JPA and {@code JdbcTemplate} users.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {

	@Bean
	UserNames userNamesAtStartup(JdbcTemplate jdbc) {
		return new UserNames(jdbc.queryForList("SELECT name FROM users ORDER BY id", String.class));
	}

	/**
	 * The user names seen while the context started.
	 *
	 * @param names the names
	 */
	public record UserNames(List<String> names) {
	}

}
