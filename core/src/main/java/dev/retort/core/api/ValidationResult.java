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

}
