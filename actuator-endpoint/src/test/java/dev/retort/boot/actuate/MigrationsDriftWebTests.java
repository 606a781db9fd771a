package dev.retort.boot.actuate;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.retort.boot.actuate.RunningApp.Response;
import dev.retort.core.api.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint and the health indicator on a database that this build does not match: revisions
 * a newer release applied (state {@code unknown}, issue 17 item 3), and an applied revision whose
 * file was edited since (state {@code modified}, item 4).
 */
class MigrationsDriftWebTests {

	private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private void upgradeWith(String... locations) {
		Retort.configure().url(this.url, "sa", "").locations(locations).load().upgrade("heads");
	}

	@Test
	void getWhenDatabaseIsAheadOfThisBuildShouldShowTheRevisionAsUnknown() {
		upgradeWith("classpath:db/linear", "classpath:db/newer");
		try (RunningApp app = RunningApp.start("spring.datasource.url=" + this.url,
				"migrate.locations=classpath:db/linear")) {
			Response response = app.get("/actuator/migrations");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.<List<String>>retort(".current")).containsExactly("ffffffff0004");
			assertThat(response.<List<Object>>retort(".pending")).isEmpty();
			assertThat(response.<List<String>>retort(".history[*].revision")).containsExactly("ffffffff0004",
					"27c6a30d7c24", "ae1027a6acf0", "1975ea83b712");
			assertThat(response.<List<String>>retort(".history[*].state")).containsExactly("unknown", "applied",
					"applied", "applied");
			assertThat(response.<List<String>>retort(".history[0].downRevisions")).containsExactly("27c6a30d7c24");
			assertThat(response.<String>retort(".history[0].message")).isEqualTo("create invoices");
			Response health = app.get("/actuator/health/migrations");
			assertThat(health.status()).isEqualTo(200);
			assertThat(health.json().<String>read("$.status")).isEqualTo("UP");
			assertThat(health.json().<List<String>>read("$.details.unknown")).containsExactly("ffffffff0004");
		}
	}

	@Test
	void healthWhenDatabaseIsAheadOfThisBuildShouldUseConfiguredStatus() {
		upgradeWith("classpath:db/linear", "classpath:db/newer");
		try (RunningApp app = RunningApp.start("spring.datasource.url=" + this.url,
				"migrate.locations=classpath:db/linear", "migrate.health.unknown-status=OUT_OF_SERVICE")) {
			Response health = app.get("/actuator/health/migrations");
			assertThat(health.status()).isEqualTo(503);
			assertThat(health.json().<String>read("$.status")).isEqualTo("OUT_OF_SERVICE");
		}
	}

	@Test
	void getWhenAppliedFileEditedAndAutoRunOffShouldShowItModifiedWithBothChecksums() {
		upgradeWith("classpath:db/linear");
		try (RunningApp app = RunningApp.start("spring.datasource.url=" + this.url,
				"migrate.locations=classpath:db/edited", "migrate.auto-run=false")) {
			Response response = app.get("/actuator/migrations");
			assertThat(response.<List<String>>retort(".history[*].state")).containsExactly("modified", "applied",
					"applied");
			String applied = response.<String>retort(".history[0].checksum");
			String resolved = response.<String>retort(".history[0].resolvedChecksum");
			assertThat(applied).startsWith("sha256:");
			assertThat(resolved).startsWith("sha256:").isNotEqualTo(applied);
			assertThat(response.<java.util.Map<String, Object>>retort(".history[1]")).doesNotContainKey("resolvedChecksum");
			Response health = app.get("/actuator/health/migrations");
			assertThat(health.status()).isEqualTo(200);
			assertThat(health.json().<String>read("$.status")).isEqualTo("UP");
			assertThat(health.json().<List<String>>read("$.details.modified[*].revision"))
				.containsExactly("27c6a30d7c24");
			assertThat(health.json().<String>read("$.details.modified[0].resolvedChecksum")).isEqualTo(resolved);
		}
	}

	@Test
	void healthWhenAppliedFileEditedShouldUseConfiguredStatus() {
		upgradeWith("classpath:db/linear");
		try (RunningApp app = RunningApp.start("spring.datasource.url=" + this.url,
				"migrate.locations=classpath:db/edited", "migrate.auto-run=false",
				"migrate.health.modified-status=DOWN")) {
			Response health = app.get("/actuator/health/migrations");
			assertThat(health.status()).isEqualTo(503);
			assertThat(health.json().<String>read("$.status")).isEqualTo("DOWN");
		}
	}

}
