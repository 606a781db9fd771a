package dev.retort.boot.actuate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ObservationMigrationInterceptor}.
 */
class ObservationMigrationInterceptorTests {

	private final List<Observation.Context> stopped = new ArrayList<>();

	private final ObservationRegistry registry = ObservationRegistry.create();

	ObservationMigrationInterceptorTests() {
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				ObservationMigrationInterceptorTests.this.stopped.add(context);
			}

		});
	}

	@Test
	void interceptShouldObserveTheRunWithOperationAndTarget() {
		MigrationResult result = new MigrationResult(List.of(), List.of(), List.of("ae1027a6acf0"));
		MigrationResult returned = new ObservationMigrationInterceptor(this.registry).intercept("upgrade", "heads",
				() -> result);
		assertThat(returned).isSameAs(result);
		assertThat(this.stopped).singleElement().satisfies((context) -> {
			assertThat(context.getName()).isEqualTo("retort.migrate");
			assertThat(context.getLowCardinalityKeyValue("operation").getValue()).isEqualTo("upgrade");
			assertThat(context.getLowCardinalityKeyValues()).extracting(KeyValue::getKey).containsOnly("operation");
			assertThat(context.getHighCardinalityKeyValue("retort.target").getValue()).isEqualTo("heads");
			assertThat(context.getHighCardinalityKeyValue("retort.revisions").getValue()).isEmpty();
		});
	}

	@Test
	void interceptShouldPutTheRevisionsThatRanInHighCardinalityKeysOnly() {
		Step first = MigrationFailuresTests.step("aaaaaaaaaaaa");
		Step second = MigrationFailuresTests.step("bbbbbbbbbbbb");
		MigrationResult result = new MigrationResult(
				List.of(new AppliedStep(first, Duration.ofMillis(1)), new AppliedStep(second, Duration.ofMillis(1))),
				List.of(), List.of("bbbbbbbbbbbb"));
		new ObservationMigrationInterceptor(this.registry).intercept("upgrade", "heads", () -> result);
		assertThat(this.stopped).singleElement().satisfies((context) -> {
			assertThat(context.getHighCardinalityKeyValue("retort.revisions").getValue())
				.isEqualTo("aaaaaaaaaaaa,bbbbbbbbbbbb");
			assertThat(context.getLowCardinalityKeyValues()).extracting(KeyValue::getValue)
				.doesNotContain("aaaaaaaaaaaa", "bbbbbbbbbbbb");
		});
	}

	@Test
	void interceptWithCustomConventionShouldUseIt() {
		MigrationObservationConvention convention = new DefaultMigrationObservationConvention() {

			@Override
			public String getName() {
				return "billing.migrate";
			}

			@Override
			public KeyValues getLowCardinalityKeyValues(MigrationObservationContext context) {
				return super.getLowCardinalityKeyValues(context).and("service", "billing");
			}

		};
		new ObservationMigrationInterceptor(this.registry, convention).intercept("downgrade", "-1",
				() -> new MigrationResult(List.of(), List.of(), List.of()));
		assertThat(this.stopped).singleElement().satisfies((context) -> {
			assertThat(context.getName()).isEqualTo("billing.migrate");
			assertThat(context.getLowCardinalityKeyValue("service").getValue()).isEqualTo("billing");
			assertThat(context.getLowCardinalityKeyValue("operation").getValue()).isEqualTo("downgrade");
		});
	}

	@Test
	void interceptWhenMigrationFailsShouldRecordTheErrorAndRethrow() {
		RetortException failure = new RetortException(ErrorCode.REVISION_FAILED, "failed");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> new ObservationMigrationInterceptor(this.registry).intercept("downgrade", "-1", () -> {
				throw failure;
			}))
			.isSameAs(failure);
		assertThat(this.stopped).singleElement().satisfies((context) -> assertThat(context.getError()).isSameAs(failure));
	}

}
