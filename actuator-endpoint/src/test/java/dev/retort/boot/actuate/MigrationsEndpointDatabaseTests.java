package dev.retort.boot.actuate;

import java.util.ArrayList;
import java.util.List;

import dev.retort.boot.actuate.RunningApp.Response;
import dev.retort.core.api.Retort;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsEndpoint} and the health indicator on PostgreSQL and MariaDB.
 */
class MigrationsEndpointDatabaseTests {

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void postShouldApplyPendingAndHistoryShouldShowIt(TestDatabase db) {
		try (RunningApp app = start(db, "migrate.locations=classpath:db/linear", "migrate.target=ae1027a6acf0")) {
			Response before = app.get("/actuator/migrations");
			assertThat(before.<List<String>>retort(".pending[*].revision")).containsExactly("27c6a30d7c24");
			assertThat(app.post("/actuator/migrations", "{\"target\":\"heads\"}").status()).isEqualTo(200);
			Response after = app.get("/actuator/migrations");
			assertThat(after.<List<Object>>retort(".pending")).isEmpty();
			assertThat(after.<List<String>>retort(".current")).containsExactly("27c6a30d7c24");
			assertThat(after.<List<String>>retort(".history[*].state")).containsOnly("applied");
			assertThat(after.<List<String>>retort(".history[*].appliedBy")).hasSize(3)
				.allSatisfy((user) -> assertThat(user).startsWith(db.user()));
		}
	}

	/** PostgreSQL rolls the failed revision back (failed); MariaDB keeps its first statement (partial). */
	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void revisionFailingAtSecondStatementShowsAsFailedOrPartial(TestDatabase db) {
		try (RunningApp app = start(db, "migrate.locations=classpath:db/partial", "migrate.auto-run=false",
				"migrate.on-pending=ignore")) {
			assertThat(app.post("/actuator/migrations", "{\"target\":\"heads\"}").status()).isEqualTo(500);
			String expected = (db.kind() == DatabaseKind.POSTGRESQL) ? "failed" : "partial";
			Response response = app.get("/actuator/migrations");
			assertThat(response.<List<String>>retort(".history[*].state")).containsExactly(expected, "applied");
			Response health = app.get("/actuator/health/migrations");
			assertThat(health.json().<String>read("$.status")).isEqualTo("DOWN");
			assertThat(health.json().<String>read("$.details." + expected + ".revision")).isEqualTo("eeeeeeeeeeee");
		}
	}

	@DatabaseTest
	void historyShowsTheTagOfTheRunThatAppliedEachRevision(TestDatabase db) {
		Retort retort = Retort.configure()
			.dataSource(db.dataSource())
			.locations("classpath:db/linear")
			.classLoader(getClass().getClassLoader())
			.load();
		retort.upgrade("ae1027a6acf0", "release-1");
		retort.upgrade("heads");
		try (RunningApp app = start(db, "migrate.locations=classpath:db/linear")) {
			Response response = app.get("/actuator/migrations");
			assertThat(response.<List<String>>retort(".history[*].revision")).hasSize(3);
			assertThat(response.<List<Object>>retort(".history[?(@.revision == '1975ea83b712')].tag"))
				.containsExactly("release-1");
			// no tag: the field is left out, as Boot leaves out null fields
			assertThat(response.<List<Object>>retort(".history[?(@.revision == '27c6a30d7c24')].tag")).isEmpty();
			assertThat(response.<List<Object>>retort(".history[?(@.revision == '27c6a30d7c24')].revision")).hasSize(1);
			Response one = app.get("/actuator/migrations/ae1027a6acf0");
			assertThat(one.<List<String>>retort(".steps[*].tag")).containsExactly("release-1");
		}
	}

	private static RunningApp start(TestDatabase db, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + db.jdbcUrl(),
				"spring.datasource.username=" + db.user(), "spring.datasource.password=" + db.password(),
				"management.endpoint.migrations.access=unrestricted"));
		all.addAll(List.of(properties));
		return RunningApp.start(all.toArray(String[]::new));
	}

}
