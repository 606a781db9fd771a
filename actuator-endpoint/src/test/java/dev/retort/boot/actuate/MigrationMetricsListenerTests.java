package dev.retort.boot.actuate;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Step;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationMetricsListener}.
 */
class MigrationMetricsListenerTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final MigrationMetricsListener listener = new MigrationMetricsListener(() -> this.registry);

	@Test
	void stepFinishedShouldRecordItsDurationTaggedWithOperationButNotRevision() {
		Step step = MigrationFailuresTests.step("ae1027a6acf0");
		this.listener.stepStarting(step);
		this.listener.stepFinished(new AppliedStep(step, Duration.ofMillis(42)));
		var timer = this.registry.get("retort.migration")
			.tags("operation", "upgrade", "outcome", "success")
			.timer();
		assertThat(timer.count()).isEqualTo(1);
		assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(42);
		assertThat(timer.getId().getTag("revision")).isNull();
	}

	@Test
	void stepFailedShouldRecordAFailure() {
		Step step = MigrationFailuresTests.step("dddddddddddd");
		this.listener.stepStarting(step);
		this.listener.stepFailed(step, new RetortException(ErrorCode.REVISION_FAILED, "failed"));
		assertThat(this.registry.get("retort.migration")
			.tags("operation", "upgrade", "outcome", "failure")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.registry.find("retort.migration").tag("outcome", "success").timer()).isNull();
	}

	@Test
	void tenantsRunningTheSameStepAtOnceEachGetTheirOwnFailureDuration() throws Exception {
		Step step = MigrationFailuresTests.step("eeeeeeeeeeee");
		// tenant a starts the step; tenant b starts and finishes the same step on its own thread
		this.listener.stepStarting(step);
		Thread other = new Thread(() -> {
			this.listener.stepStarting(step);
			this.listener.stepFinished(new AppliedStep(step, Duration.ofMillis(1)));
		});
		other.start();
		other.join();
		Thread.sleep(30);
		this.listener.stepFailed(step, new RetortException(ErrorCode.REVISION_FAILED, "failed"));
		var failure = this.registry.get("retort.migration").tags("outcome", "failure").timer();
		assertThat(failure.count()).isEqualTo(1);
		assertThat(failure.totalTime(TimeUnit.MILLISECONDS)).as("tenant a's own start, not b's, nor none")
			.isGreaterThanOrEqualTo(30);
	}

	@Test
	void stepsOfManyRevisionsShareOneMeterPerOperationAndOutcome() {
		for (String revision : new String[] { "aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc" }) {
			Step step = MigrationFailuresTests.step(revision);
			this.listener.stepStarting(step);
			this.listener.stepFinished(new AppliedStep(step, Duration.ofMillis(1)));
		}
		assertThat(this.registry.find("retort.migration").timers()).singleElement()
			.satisfies((timer) -> assertThat(timer.count()).isEqualTo(3));
	}

}
