package dev.retort.boot.actuate;

import java.util.stream.Collectors;

import io.micrometer.common.KeyValues;

import dev.retort.core.api.MigrationResult;

/**
 * The default {@link MigrationObservationConvention}. The observation is named
 * {@value #NAME} (with Boot's default handlers: a timer of the whole run, and a span when
 * tracing is on) and has these keys:
 * <table>
 * <caption>Key values</caption>
 * <tr><th>key</th><th>cardinality</th><th>value</th></tr>
 * <tr><td>{@code operation}</td><td>low (a meter tag)</td><td>{@code upgrade}, {@code downgrade} or
 * {@code startup}</td></tr>
 * <tr><td>{@code retort.target}</td><td>high (span only)</td><td>the target, e.g. {@code heads} or a
 * revision id</td></tr>
 * <tr><td>{@code retort.revisions}</td><td>high (span only)</td><td>the ids of the revisions that
 * ran, comma-separated, in order; empty when none ran</td></tr>
 * </table>
 * Revision ids are never meter tags: one meter per revision would grow without bound.
 *
 * @since 0.1.0
 */
public class DefaultMigrationObservationConvention implements MigrationObservationConvention {

	/** The observation's name. */
	public static final String NAME = "retort.migrate";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(MigrationObservationContext context) {
		return "retort " + context.getOperation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(MigrationObservationContext context) {
		return KeyValues.of("operation", context.getOperation());
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(MigrationObservationContext context) {
		MigrationResult result = context.getResult();
		String revisions = (result != null)
				? result.steps().stream().map((step) -> step.step().revision().id()).collect(Collectors.joining(","))
				: "";
		return KeyValues.of("retort.target", context.getTarget(), "retort.revisions", revisions);
	}

}
