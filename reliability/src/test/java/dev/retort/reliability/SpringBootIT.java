package dev.retort.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged sample application with a planted password in {@code migrate.password}, in the
 * {@code migrate.url} and in {@code spring.datasource.password}: its logs (debug level for Retort),
 * the {@code migrations} endpoint, health, command mode and the failure analysis of failed starts
 * never show it; the endpoint shows no connection details, and its write operation exists only
 * with {@code access=unrestricted}.
 */
class SpringBootIT {

	static final String SECRET = SecretsIT.SECRET;

	/** Connection details the endpoint must not carry, as JSON keys. */
	static final Pattern CONNECTION_FIELD = Pattern.compile("\"(url|jdbcUrl|user|username|password)\"\\s*:");

	@TempDir
	Path root;

	private final List<String> leaks = new ArrayList<>();

	private int outputs;

	@Test
	void runningAppKeepsThePasswordOutOfLogsEndpointsAndHealth() throws Exception {
		try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("spring.datasource.url", db.jdbcUrl());
			properties.put("spring.datasource.username", db.user());
			properties.put("spring.datasource.password", SECRET);
			properties.put("migrate.url", db.jdbcUrl() + "?password=" + SECRET);
			properties.put("migrate.user", db.user());
			properties.put("migrate.password", SECRET);
			properties.put("logging.level.dev.retort", "TRACE");
			properties.put("logging.level.com.zaxxer.hikari", "DEBUG");
			properties.put("logging.level.org.springframework.jdbc", "DEBUG");
			properties.put("management.endpoints.web.exposure.include", "*");
			Path directory = this.root.resolve("running");
			int endpoints = 0;
			try (SampleApp app = SampleApp.start(directory, properties)) {
				assertThat(app.awaitStarted(Duration.ofSeconds(120))).as(app.output()).isTrue();
				HttpResponse<String> migrations = app.get("/actuator/migrations");
				assertThat(migrations.statusCode()).isEqualTo(200);
				assertThat(migrations.body()).contains("\"ae1027a6acf0\"", "\"upToDate\":true");
				for (String path : List.of("/actuator/migrations", "/actuator/migrations/ae1027a6acf0",
						"/actuator/health", "/actuator/health/migrations", "/actuator/info", "/actuator/metrics",
						"/actuator/configprops", "/actuator/env", "/actuator/beans", "/actuator/conditions")) {
					HttpResponse<String> response = app.get(path);
					check("GET " + path, response.body());
					endpoints++;
					if (path.startsWith("/actuator/migrations") || path.startsWith("/actuator/health")) {
						assertThat(response.statusCode()).as(path).isEqualTo(200);
						assertThat(response.body()).as(path).doesNotContainPattern(CONNECTION_FIELD).doesNotContain("jdbc:");
					}
				}
				// without management.endpoint.migrations.access=unrestricted there is no write operation
				HttpResponse<String> write = app.post("/actuator/migrations",
						"{\"target\": \"base\", \"operation\": \"downgrade\"}");
				assertThat(write.statusCode()).as(write.body()).isIn(404, 405);
				check("POST /actuator/migrations", write.body());
				try (Connection connection = db.connection()) {
					assertThat(DatabaseState.query(connection, "SELECT version_num FROM retort_version"))
						.containsExactly("ae1027a6acf0");
				}
				check("logs", app.output());
			}
			// command mode reads the same configuration
			for (List<String> command : List.of(List.of("migrate", "current", "-v"), List.of("migrate", "history", "-v"),
					List.of("migrate", "--debug", "upgrade", "nosuch"))) {
				Path commandDirectory = this.root.resolve("command-" + String.join("-", command));
				try (SampleApp app = SampleApp.start(commandDirectory, properties, command.toArray(String[]::new))) {
					int status = app.awaitExit(Duration.ofSeconds(120));
					assertThat(status).as(app.output()).isEqualTo(command.contains("nosuch") ? 1 : 0);
					check("command mode " + command, app.output());
				}
			}
			Figures.record("SpringBootIT", "running app on PostgreSQL (password in migrate.password, migrate.url and"
					+ " spring.datasource.password; Retort logging at TRACE): logs, " + endpoints
					+ " actuator responses, 3 command-mode runs checked; POST /actuator/migrations without"
					+ " access=unrestricted refused; " + this.outputs + " outputs checked for the planted password: "
					+ this.leaks.size() + " leaks");
		}
		assertThat(this.leaks).isEmpty();
	}

	@Test
	void failedStartsExplainWithoutThePassword() throws Exception {
		try (TestDatabase maria = TestDatabase.create(DatabaseKind.MARIADB)) {
			Map<String, Map<String, String>> cases = new LinkedHashMap<>();
			cases.put("wrong-host", Map.of("migrate.url", "jdbc:postgresql://127.0.0.1:1/nowhere?password=" + SECRET,
					"migrate.user", "postgres", "migrate.password", SECRET));
			cases.put("wrong-password", Map.of("migrate.url", maria.jdbcUrl(), "migrate.user", maria.user(),
					"migrate.password", SECRET));
			cases.put("password-in-url", Map.of("migrate.url", maria.jdbcUrl() + "?user=root&password=" + SECRET));
			cases.put("userinfo-mariadb", Map.of("migrate.url",
					maria.jdbcUrl().replaceFirst("//", "//" + maria.user() + ":" + SECRET + "@")));
			cases.put("userinfo-postgresql", Map.of("migrate.url",
					"jdbc:postgresql://postgres:" + SECRET + "@127.0.0.1:5432/postgres"));
			for (Map.Entry<String, Map<String, String>> each : cases.entrySet()) {
				Map<String, String> properties = new LinkedHashMap<>(each.getValue());
				properties.put("spring.datasource.url", "jdbc:h2:mem:" + each.getKey());
				properties.put("logging.level.dev.retort", "TRACE");
				try (SampleApp app = SampleApp.start(this.root.resolve(each.getKey()), properties)) {
					assertThat(app.awaitStarted(Duration.ofSeconds(120))).as(each.getKey()).isFalse();
					assertThat(app.awaitExit(Duration.ofSeconds(30))).isNotZero();
					// Boot's failure analysis where Retort offers one, else its "Application run failed" log
					assertThat(app.output()).as(each.getKey()).containsAnyOf("APPLICATION FAILED TO START",
							"Application run failed");
					check("failed start " + each.getKey(), app.output());
				}
			}
			Figures.record("SpringBootIT", cases.size() + " failed starts (wrong host, wrong password, password in URL"
					+ " parameter and user-info): failure analysis and logs checked");
		}
		Figures.record("SpringBootIT", this.outputs + " outputs checked for the planted password: " + this.leaks.size()
				+ " leaks");
		assertThat(this.leaks).isEmpty();
	}

	@Test
	void theWriteOperationExistsOnlyWithUnrestrictedAccess() throws Exception {
		Map<String, String> properties = Map.of("spring.datasource.url", "jdbc:h2:mem:unrestricted;DB_CLOSE_DELAY=-1",
				"management.endpoint.migrations.access", "unrestricted");
		try (SampleApp app = SampleApp.start(this.root.resolve("unrestricted"), properties)) {
			assertThat(app.awaitStarted(Duration.ofSeconds(120))).as(app.output()).isTrue();
			HttpResponse<String> write = app.post("/actuator/migrations", "{\"target\": \"heads\"}");
			assertThat(write.statusCode()).as(write.body()).isEqualTo(200);
			assertThat(write.body()).doesNotContainPattern(CONNECTION_FIELD).doesNotContain("jdbc:");
		}
		Figures.record("SpringBootIT", "with access=unrestricted the same POST runs (200): the refusal above is the"
				+ " access rule, not a bad request");
	}

	private void check(String what, String text) {
		this.outputs++;
		if (text.contains(SECRET)) {
			int at = text.indexOf(SECRET);
			this.leaks.add(what + ": ..." + text.substring(Math.max(0, at - 300), Math.min(text.length(), at + 100)));
		}
	}

}
