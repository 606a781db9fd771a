package dev.retort.boot.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.Step;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationFailures}.
 */
class MigrationFailuresTests {

	private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

	private final MigrationFailures failures = new MigrationFailures(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void stepFailedShouldRememberTheRevisionCodeAndMessage() {
		this.failures.stepFailed(step("dddddddddddd"),
				new RetortException(ErrorCode.REVISION_FAILED, "Revision dddddddddddd failed at statement 1"));
		assertThat(this.failures.find("dddddddddddd")).hasValueSatisfying((failure) -> {
			assertThat(failure.operation()).isEqualTo("upgrade");
			assertThat(failure.code()).isEqualTo(ErrorCode.REVISION_FAILED);
			assertThat(failure.message()).isEqualTo("Revision dddddddddddd failed at statement 1");
			assertThat(failure.failedAt()).isEqualTo(NOW);
		});
		assertThat(this.failures.find("aaaaaaaaaaaa")).isEmpty();
	}

	@Test
	void stepFinishedShouldForgetAnEarlierFailureOfThatRevision() {
		this.failures.stepFailed(step("dddddddddddd"), new RetortException(ErrorCode.REVISION_FAILED, "failed"));
		this.failures.stepFailed(step("eeeeeeeeeeee"), new RetortException(ErrorCode.PARTIAL_REVISION, "partial"));
		this.failures.stepFinished(new AppliedStep(step("dddddddddddd"), Duration.ofMillis(3)));
		assertThat(this.failures.find("dddddddddddd")).isEmpty();
		assertThat(this.failures.all()).extracting(MigrationFailures.Failure::revision).containsExactly("eeeeeeeeeeee");
	}

	static Step step(String revision) {
		return new Step(RevisionHeader.of(revision), Step.Operation.UPGRADE, List.of(), List.of(revision), List.of());
	}

}
