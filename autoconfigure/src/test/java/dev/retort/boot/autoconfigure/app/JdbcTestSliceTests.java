package dev.retort.boot.autoconfigure.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JdbcTest} includes Retort through {@code AutoConfigureDataSourceInitialization}.
 */
@JdbcTest
class JdbcTestSliceTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void sliceShouldRunRevisionsBeforeJdbcTemplateUsers() {
		assertThat(this.jdbc.queryForList("SELECT version_num FROM \"retort_version\"", String.class))
			.containsExactly("ae1027a6acf0");
		this.jdbc.update("INSERT INTO users (id, name, email) VALUES (1, 'Ada', 'ada@example.com')");
		assertThat(this.jdbc.queryForObject("SELECT email FROM users WHERE id = 1", String.class))
			.isEqualTo("ada@example.com");
	}

}
