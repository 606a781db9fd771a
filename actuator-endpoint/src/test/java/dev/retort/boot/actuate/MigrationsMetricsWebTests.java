package dev.retort.boot.actuate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import dev.retort.core.api.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for Retort's metrics in a running application.
 */
class MigrationsMetricsWebTests {

	private static final String LINEAR = "migrate.locations=classpath:db/linear";

	@Test
	void startupUpgradeShouldTimeStepsWithoutPerRevisionMetersAndObserveTheRun() {
		try (RunningApp app = RunningApp.start(LINEAR)) {
			MeterRegistry registry = app.bean(MeterRegistry.class);
			assertThat(registry.find("retort.migration").timers()).singleElement().satisfies((timer) -> {
				assertThat(timer.getId().getTags()).extracting(Tag::getKey).containsOnly("operation", "outcome");
				assertThat(timer.count()).isEqualTo(3);
			});
			Timer run = registry.get("retort.migrate").tags("operation", "startup").timer();
			assertThat(run.count()).isEqualTo(1);
			assertThat(run.getId().getTags()).extracting(Tag::getKey).doesNotContain("retort.revisions", "retort.target");
			assertThat(app.get("/actuator/metrics/retort.migration").status()).isEqualTo(200);
		}
	}

	@Test
	void pendingGaugeShouldFollowTheDatabase() {
		try (RunningApp app = RunningApp.start(LINEAR, "migrate.target=1975ea83b712")) {
			MeterRegistry registry = app.bean(MeterRegistry.class);
			assertThat(registry.get("retort.pending").tag("name", "retort").gauge().value()).isEqualTo(2);
			assertThat(registry.get("retort.partial").tag("name", "retort").gauge().value()).isZero();
			app.bean(Retort.class).upgrade("heads");
			assertThat(registry.get("retort.pending").tag("name", "retort").gauge().value()).isZero();
			assertThat(registry.get("retort.partial").tag("name", "retort").gauge().value()).isZero();
		}
	}

	@Test
	void failedStepShouldBeRecordedAsFailure() {
		try (RunningApp app = RunningApp.start("migrate.locations=classpath:db/failing", "migrate.auto-run=false",
				"migrate.on-pending=ignore", "management.endpoint.migrations.access=unrestricted")) {
			app.post("/actuator/migrations", "{\"target\":\"heads\"}");
			MeterRegistry registry = app.bean(MeterRegistry.class);
			assertThat(registry.get("retort.migration")
				.tags("operation", "upgrade", "outcome", "failure")
				.timer()
				.count()).isEqualTo(1);
			assertThat(registry.get("retort.migrate").tags("error", "RetortException").timer().count()).isEqualTo(1);
		}
	}

}
