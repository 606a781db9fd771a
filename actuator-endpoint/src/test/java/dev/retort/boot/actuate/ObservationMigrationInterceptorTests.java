package dev.retort.boot.actuate;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.RetortException;

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
			assertThat(context.getLowCardinalityKeyValue("target").getValue()).isEqualTo("heads");
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
