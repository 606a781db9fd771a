package dev.retort.core.api;

import java.util.List;

/**
 * What an {@code upgrade}, {@code downgrade} or {@code stamp} did.
 *
 * @param steps the steps that ran, in order; empty when there was nothing to do
 * @param headsBefore the version table's rows before
 * @param headsAfter the version table's rows after
 * @param unknownRevisions version-table rows this build does not know; an upgrade runs nothing
 * while there are any (the database is ahead of this build, as after rolling back a release)
 * @since 0.1.0
 */
public record MigrationResult(List<AppliedStep> steps, List<String> headsBefore, List<String> headsAfter,
		List<String> unknownRevisions) {

	public MigrationResult {
		steps = List.copyOf(steps);
		headsBefore = List.copyOf(headsBefore);
		headsAfter = List.copyOf(headsAfter);
		unknownRevisions = List.copyOf(unknownRevisions);
	}

	/**
	 * A result of a run against known revisions only.
	 * @param steps the steps that ran, in order
	 * @param headsBefore the version table's rows before
	 * @param headsAfter the version table's rows after
	 */
	public MigrationResult(List<AppliedStep> steps, List<String> headsBefore, List<String> headsAfter) {
		this(steps, headsBefore, headsAfter, List.of());
	}

}
