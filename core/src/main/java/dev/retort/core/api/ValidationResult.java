package dev.retort.core.api;

import java.util.List;

/**
 * The outcome of {@link Retort#validate()}.
 *
 * @param mismatches applied revisions whose files changed or disappeared
 * @since 0.1.0
 */
public record ValidationResult(List<ChecksumMismatch> mismatches) {

	public ValidationResult {
		mismatches = List.copyOf(mismatches);
	}

	/**
	 * Whether every applied revision matches its file.
	 * @return {@code true} when there is no mismatch
	 */
	public boolean valid() {
		return this.mismatches.isEmpty();
	}

	/**
	 * The applied revisions whose files are there and differ from what was applied (edited, not
	 * deleted: a deleted file is also what a revision of a newer release looks like, see
	 * {@link Status#unknown()}).
	 * @return the mismatches that have a resolved checksum
	 */
	public List<ChecksumMismatch> modified() {
		return this.mismatches.stream().filter((mismatch) -> mismatch.resolvedChecksum().isPresent()).toList();
	}

}
