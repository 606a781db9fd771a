package dev.retort.boot.actuate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.retort.boot.actuate.RunningApp.Response;
import dev.retort.core.api.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsEndpoint} over HTTP, against a real application and H2 database.
 */
class MigrationsEndpointWebTests {

	private static final String LINEAR = "migrate.locations=classpath:db/linear";

	@Test
	void getWhenNothingAppliedShouldListEveryRevisionAsPendingInRunOrder() {
		try (RunningApp app = RunningApp.start(LINEAR, "migrate.auto-run=false", "migrate.on-pending=ignore")) {
			Response response = app.get("/actuator/migrations");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.<List<String>>retort(".current")).isEmpty();
			assertThat(response.<List<String>>retort(".heads")).containsExactly("27c6a30d7c24");
			assertThat(response.<Boolean>retort(".upToDate")).isFalse();
			assertThat(response.<List<String>>retort(".pending[*].revision")).containsExactly("1975ea83b712",
					"ae1027a6acf0", "27c6a30d7c24");
			assertThat(response.<List<String>>retort(".pending[1].downRevisions")).containsExactly("1975ea83b712");
			assertThat(response.<String>retort(".pending[1].message")).isEqualTo("add email column");
			assertThat(response.<List<String>>retort(".history[*].revision")).containsExactly("27c6a30d7c24",
					"ae1027a6acf0", "1975ea83b712");
			assertThat(response.<List<String>>retort(".history[*].state")).containsOnly("pending");
			assertThat(response.<List<Object>>retort(".history[*].appliedAt")).isEmpty();
			assertThat(response.<String>retort(".history[2].checksum")).startsWith("sha256:");
		}
	}

	@Test
	void getWhenPartlyAppliedShouldShowCurrentAppliedAndPending() {
		try (RunningApp app = RunningApp.start(LINEAR, "migrate.target=ae1027a6acf0")) {
			Response response = app.get("/actuator/migrations");
			assertThat(response.<List<String>>retort(".current")).containsExactly("ae1027a6acf0");
			assertThat(response.<Boolean>retort(".upToDate")).isFalse();
			assertThat(response.<List<String>>retort(".pending[*].revision")).containsExactly("27c6a30d7c24");
			assertThat(response.<List<String>>retort(".history[*].state")).containsExactly("pending", "applied",
					"applied");
			assertThat(response.<List<Object>>retort(".history[?(@.state == 'applied')].appliedAt")).hasSize(2);
		}
	}

	@Test
	void getWhenFullyAppliedShouldShowWhenWhoHowLongAndChecksum() {
		Instant before = Instant.now().minusSeconds(1);
		try (RunningApp app = RunningApp.start(LINEAR)) {
			Response response = app.get("/actuator/migrations");
			assertThat(response.<List<String>>retort(".current")).containsExactly("27c6a30d7c24");
			assertThat(response.<Boolean>retort(".upToDate")).isTrue();
			assertThat(response.<List<Object>>retort(".pending")).isEmpty();
			assertThat(response.<List<String>>retort(".history[*].state")).containsOnly("applied");
			Map<String, Object> first = response.retort(".history[2]");
			assertThat(first).containsEntry("revision", "1975ea83b712")
				.containsEntry("downRevisions", List.of())
				.containsEntry("branchLabels", List.of())
				.containsEntry("message", "create account");
			assertThat(Instant.parse((String) first.get("appliedAt"))).isAfter(before);
			assertThat((String) first.get("appliedBy")).isNotEmpty();
			assertThat(((Number) first.get("durationMs")).longValue()).isNotNegative();
			assertThat((String) first.get("checksum")).matches("sha256:[0-9a-f]{64}");
		}
	}

	@Test
	void getWhenTwoHeadsShouldShowBothWithTheirBranchLabels() {
		try (RunningApp app = RunningApp.start("migrate.locations=classpath:db/branched",
				"migrate.target=billing@head")) {
			Response response = app.get("/actuator/migrations");
			assertThat(response.<List<String>>retort(".heads")).containsExactlyInAnyOrder("bbbbbbbbbbbb",
					"cccccccccccc");
			assertThat(response.<List<String>>retort(".current")).containsExactly("bbbbbbbbbbbb");
			assertThat(response.<List<String>>retort(".pending[*].revision")).containsExactly("cccccccccccc");
			assertThat(response.<List<String>>retort(".history[?(@.revision == 'cccccccccccc')].branchLabels[*]"))
				.containsExactly("shipping");
			assertThat(response.<List<String>>retort(".history[?(@.revision == 'bbbbbbbbbbbb')].state"))
				.containsExactly("applied");
			app.bean(Retort.class).upgrade("heads");
			Response after = app.get("/actuator/migrations");
			assertThat(after.<List<String>>retort(".current")).containsExactlyInAnyOrder("bbbbbbbbbbbb",
					"cccccccccccc");
			assertThat(after.<Boolean>retort(".upToDate")).isTrue();
		}
	}

	@Test
	void getWhenRevisionFailedShouldMarkItFailed() {
		try (RunningApp app = RunningApp.start("migrate.locations=classpath:db/failing", "migrate.auto-run=false",
				"migrate.on-pending=ignore", "management.endpoint.migrations.access=unrestricted")) {
			Response failed = app.post("/actuator/migrations", "{\"target\":\"heads\"}");
			assertThat(failed.status()).isEqualTo(500);
			Response response = app.get("/actuator/migrations");
			assertThat(response.<List<String>>retort(".current")).containsExactly("aaaaaaaaaaaa");
			assertThat(response.<List<String>>retort(".pending[*].revision")).containsExactly("dddddddddddd");
			assertThat(response.<List<String>>retort(".history[*].state")).containsExactly("failed", "applied");
			Response detail = app.get("/actuator/migrations/dddd");
			assertThat(detail.<String>retort(".error")).contains("dddddddddddd");
		}
	}

	@Test
	void getWhenRevisionHalfAppliedShouldMarkItPartial() {
		try (RunningApp app = RunningApp.start("migrate.locations=classpath:db/partial", "migrate.auto-run=false",
				"migrate.on-pending=ignore", "management.endpoint.migrations.access=unrestricted")) {
			assertThat(app.post("/actuator/migrations", "{\"target\":\"heads\"}").status()).isEqualTo(500);
			Response response = app.get("/actuator/migrations");
			assertThat(response.<List<String>>retort(".history[*].state")).containsExactly("partial", "applied");
			assertThat(response.<String>retort(".history[0].appliedAt")).isNotNull();
			assertThat(response.<Boolean>retort(".upToDate")).isFalse();
		}
	}

	@Test
	void getRevisionShouldAcceptUniquePrefixAndDescribeItsSteps() {
		try (RunningApp app = RunningApp.start(LINEAR)) {
			Response response = app.get("/actuator/migrations/ae10");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.<String>retort(".revision")).isEqualTo("ae1027a6acf0");
			assertThat(response.<String>retort(".state")).isEqualTo("applied");
			assertThat(response.<Boolean>retort(".current")).isFalse();
			assertThat(response.<String>retort(".source")).contains("ae1027a6acf0_add_email.sql");
			assertThat(response.<List<String>>retort(".steps[*].operation")).containsExactly("upgrade");
			assertThat(response.<List<Boolean>>retort(".steps[*].success")).containsExactly(true);
		}
	}

	@Test
	void getRevisionWhenUnknownShouldReturn404() {
		try (RunningApp app = RunningApp.start(LINEAR)) {
			assertThat(app.get("/actuator/migrations/ffffffffffff").status()).isEqualTo(404);
		}
	}

	@Test
	void postWhenAccessIsReadOnlyByDefaultShouldBeRefused() {
		try (RunningApp app = RunningApp.start(LINEAR, "migrate.auto-run=false", "migrate.on-pending=ignore")) {
			Response response = app.post("/actuator/migrations", "{\"target\":\"heads\"}");
			assertThat(response.status()).isEqualTo(405);
			assertThat(app.bean(Retort.class).current()).isEmpty();
		}
	}

	@Test
	void postWhenAccessUnrestrictedShouldUpgradeAndReturnWhatRan() {
		try (RunningApp app = RunningApp.start(LINEAR, "migrate.auto-run=false", "migrate.on-pending=ignore",
				"management.endpoint.migrations.access=unrestricted")) {
			Response response = app.post("/actuator/migrations", "{\"target\":\"heads\"}");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().<String>read("$.operation")).isEqualTo("upgrade");
			assertThat(response.json().<List<String>>read("$.headsBefore")).isEmpty();
			assertThat(response.json().<List<String>>read("$.headsAfter")).containsExactly("27c6a30d7c24");
			assertThat(response.json().<List<String>>read("$.steps[*].revision")).containsExactly("1975ea83b712",
					"ae1027a6acf0", "27c6a30d7c24");
			Response after = app.get("/actuator/migrations");
			assertThat(after.<List<Object>>retort(".pending")).isEmpty();
			assertThat(after.<List<String>>retort(".history[*].state")).containsOnly("applied");
		}
	}

	@Test
	void postWhenDowngradeShouldRunItDown() {
		try (RunningApp app = RunningApp.start(LINEAR, "management.endpoint.migrations.access=unrestricted")) {
			Response response = app.post("/actuator/migrations", "{\"target\":\"-1\",\"operation\":\"downgrade\"}");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().<String>read("$.operation")).isEqualTo("downgrade");
			assertThat(response.json().<List<String>>read("$.steps[*].operation")).containsExactly("downgrade");
			assertThat(response.json().<List<String>>read("$.headsAfter")).containsExactly("ae1027a6acf0");
			assertThat(app.get("/actuator/migrations").<List<String>>retort(".pending[*].revision"))
				.containsExactly("27c6a30d7c24");
			Response alias = app.post("/actuator/migrations", "{\"target\":\"-1\",\"direction\":\"downgrade\"}");
			assertThat(alias.status()).isEqualTo(200);
			assertThat(alias.json().<String>read("$.operation")).isEqualTo("downgrade");
			assertThat(alias.json().<List<String>>read("$.headsAfter")).containsExactly("1975ea83b712");
		}
	}

	@Test
	void postWhenRequestIsWrongShouldReturn400SayingWhat() {
		try (RunningApp app = RunningApp.start(LINEAR, "management.endpoint.migrations.access=unrestricted")) {
			assertBadRequest(app.post("/actuator/migrations", "{\"target\":\"nosuchrev\"}"), "REVISION_NOT_FOUND",
					"Can't locate revision identified by 'nosuchrev'");
			assertBadRequest(app.post("/actuator/migrations", "{\"target\":\"heads\",\"operation\":\"sideways\"}"),
					"INVALID_OPERATION", "Unknown operation 'sideways'");
			assertBadRequest(
					app.post("/actuator/migrations",
							"{\"target\":\"-1\",\"operation\":\"downgrade\",\"direction\":\"upgrade\"}"),
					"INVALID_OPERATION", "send only \"operation\"");
			assertBadRequest(app.post("/actuator/migrations", "{}"), "MISSING_TARGET", "needs a \"target\"");
			assertBadRequest(app.post("/actuator/migrations", "{\"target\":\"heads\",\"bean\":\"other\"}"),
					"UNKNOWN_BEAN", "No Retort bean named 'other'");
			assertBadRequest(app.post("/actuator/migrations", "{\"target\":\"+1\"}"), "INVALID_TARGET", "+1");
			assertThat(app.bean(Retort.class).current()).containsExactly("27c6a30d7c24");
		}
	}

	private static void assertBadRequest(Response response, String error, String message) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().<String>read("$.error")).isEqualTo(error);
		assertThat(response.json().<String>read("$.message")).contains(message);
	}

	@Test
	void getWhenNotExposedShouldReturn404() {
		try (RunningApp app = RunningApp.start(LINEAR, "management.endpoints.web.exposure.include=health")) {
			assertThat(app.get("/actuator/migrations").status()).isEqualTo(404);
			assertThat(app.get("/actuator/health").status()).isEqualTo(200);
		}
	}

}
