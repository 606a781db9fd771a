package dev.retort.boot.actuate;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.boot.actuate.RunningApp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsHealthIndicator} through {@code /actuator/health/migrations}.
 */
class MigrationsHealthWebTests {

	private static final String LINEAR = "migrate.locations=classpath:db/linear";

	@Test
	void healthWhenAtHeadsShouldBeUp() {
		try (RunningApp app = RunningApp.start(LINEAR)) {
			Response response = app.get("/actuator/health/migrations");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().<String>read("$.status")).isEqualTo("UP");
			assertThat(response.json().<List<String>>read("$.details.current")).containsExactly("27c6a30d7c24");
		}
	}

	@Test
	void healthWhenPendingShouldBeUpByDefaultAndNameThem() {
		try (RunningApp app = RunningApp.start(LINEAR, "migrate.target=1975ea83b712")) {
			Response response = app.get("/actuator/health/migrations");
			assertThat(response.json().<String>read("$.status")).isEqualTo("UP");
			assertThat(response.json().<List<String>>read("$.details.pending")).containsExactly("ae1027a6acf0",
					"27c6a30d7c24");
		}
	}

	@Test
	void healthWhenPendingShouldUseConfiguredStatus() {
		try (RunningApp app = RunningApp.start(LINEAR, "migrate.auto-run=false", "migrate.on-pending=ignore",
				"migrate.health.pending-status=OUT_OF_SERVICE")) {
			Response response = app.get("/actuator/health/migrations");
			assertThat(response.status()).isEqualTo(503);
			assertThat(response.json().<String>read("$.status")).isEqualTo("OUT_OF_SERVICE");
			assertThat(response.json().<List<String>>read("$.details.pending")).hasSize(3);
		}
	}

	@Test
	void healthWhenRevisionFailedShouldBeDownAndNameIt() {
		try (RunningApp app = RunningApp.start("migrate.locations=classpath:db/failing", "migrate.auto-run=false",
				"migrate.on-pending=ignore", "management.endpoint.migrations.access=unrestricted")) {
			app.post("/actuator/migrations", "{\"target\":\"heads\"}");
			Response response = app.get("/actuator/health/migrations");
			assertThat(response.status()).isEqualTo(503);
			assertThat(response.json().<String>read("$.status")).isEqualTo("DOWN");
			assertThat(response.json().<String>read("$.details.failed.revision")).isEqualTo("dddddddddddd");
			assertThat(response.json().<String>read("$.details.failed.code")).isEqualTo("REVISION_FAILED");
		}
	}

	@Test
	void healthWhenRevisionHalfAppliedShouldBeDownAndNameIt() {
		try (RunningApp app = RunningApp.start("migrate.locations=classpath:db/partial", "migrate.auto-run=false",
				"migrate.on-pending=ignore", "management.endpoint.migrations.access=unrestricted")) {
			app.post("/actuator/migrations", "{\"target\":\"heads\"}");
			Response response = app.get("/actuator/health/migrations");
			assertThat(response.status()).isEqualTo(503);
			assertThat(response.json().<String>read("$.status")).isEqualTo("DOWN");
			assertThat(response.json().<String>read("$.details.partial.revision")).isEqualTo("eeeeeeeeeeee");
			assertThat(response.json().<Integer>read("$.details.partial.statementsCommitted")).isEqualTo(1);
		}
	}

}
