package dev.retort.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Starts the sample on an in-memory H2 database: Retort applies both revisions before Hibernate
 * validates the {@code User} entity, and the REST endpoints use the table.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SampleApplicationTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void startupShouldCreateUsersTableAndRecordHeads() {
		// Retort quotes its own table names, so H2 keeps them lowercase
		assertThat(this.jdbc.queryForList("SELECT version_num FROM \"retort_version\"", String.class))
			.containsExactly("ae1027a6acf0");
		assertThat(this.jdbc.queryForList(
				"SELECT column_name FROM information_schema.columns WHERE table_schema = 'PUBLIC' AND table_name = 'USERS'"
						+ " ORDER BY ordinal_position",
				String.class))
			.containsExactly("ID", "NAME", "EMAIL");
		assertThat(this.jdbc.queryForList("SELECT revision FROM \"retort_history\" ORDER BY id", String.class))
			.containsExactly("1975ea83b712", "ae1027a6acf0");
	}

	@Test
	void postedUserShouldBeListed() throws Exception {
		this.mvc.perform(post("/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Ada\", \"email\": \"ada@example.com\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber());
		this.mvc.perform(get("/users"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'Ada')].email").value("ada@example.com"));
	}

}
