package dev.retort.core.api;

import java.util.List;

/**
 * What an {@code upgrade}, {@code downgrade} or {@code stamp} did.
 *
 * @param steps the steps that ran, in order; empty when there was nothing to do
 * @param headsBefore the version table's rows before
 * @param headsAfter the version table's rows after
 * @since 0.1.0
 */
public record MigrationResult(List<AppliedStep> steps, List<String> headsBefore, List<String> headsAfter) {

	public MigrationResult {
		steps = List.copyOf(steps);
		headsBefore = List.copyOf(headsBefore);
		headsAfter = List.copyOf(headsAfter);
	}

}
