package dev.retort.core.internal.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.retort.core.api.HistoryEntry;
import dev.retort.core.api.PartialRevision;

/**
 * One row of the history table with the columns the public {@link HistoryEntry} leaves out: how
 * far a failed revision got and why it failed. {@code tag} is the run's {@code --tag}, empty for
 * none.
 */
record HistoryRow(long id, String revision, List<String> downRevisions, String operation, String message,
		String checksum, String appliedBy, Instant startedAt, long durationMs, boolean success, String retortVersion,
		int statementsCommitted, int statementsTotal, String error, String tag) {

	HistoryRow {
		downRevisions = List.copyOf(downRevisions);
	}

	/** A row without a tag. */
	HistoryRow(long id, String revision, List<String> downRevisions, String operation, String message,
			String checksum, String appliedBy, Instant startedAt, long durationMs, boolean success,
			String retortVersion, int statementsCommitted, int statementsTotal, String error) {
		this(id, revision, downRevisions, operation, message, checksum, appliedBy, startedAt, durationMs, success,
				retortVersion, statementsCommitted, statementsTotal, error, "");
	}

	/** This row with the run's tag. */
	HistoryRow tagged(String runTag) {
		return new HistoryRow(this.id, this.revision, this.downRevisions, this.operation, this.message, this.checksum,
				this.appliedBy, this.startedAt, this.durationMs, this.success, this.retortVersion,
				this.statementsCommitted, this.statementsTotal, this.error, runTag);
	}

	HistoryEntry entry() {
		return new HistoryEntry(this.id, this.revision, this.downRevisions, this.operation, this.message,
				this.checksum, this.appliedBy, this.startedAt, this.durationMs, this.success, this.retortVersion,
				this.tag.isEmpty() ? Optional.empty() : Optional.of(this.tag));
	}

	PartialRevision partial() {
		return new PartialRevision(this.revision, this.operation, this.statementsCommitted, this.statementsTotal,
				this.checksum, this.startedAt.plusMillis(this.durationMs));
	}

}
