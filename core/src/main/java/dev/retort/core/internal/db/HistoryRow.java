package dev.retort.core.internal.db;

import java.time.Instant;
import java.util.List;

import dev.retort.core.api.HistoryEntry;
import dev.retort.core.api.PartialRevision;

/**
 * One row of the history table with the columns the public {@link HistoryEntry} leaves out: how
 * far a failed revision got and why it failed.
 */
record HistoryRow(long id, String revision, List<String> downRevisions, String operation, String message,
		String checksum, String appliedBy, Instant startedAt, long durationMs, boolean success, String retortVersion,
		int statementsCommitted, int statementsTotal, String error) {

	HistoryRow {
		downRevisions = List.copyOf(downRevisions);
	}

	HistoryEntry entry() {
		return new HistoryEntry(this.id, this.revision, this.downRevisions, this.operation, this.message,
				this.checksum, this.appliedBy, this.startedAt, this.durationMs, this.success, this.retortVersion);
	}

	PartialRevision partial() {
		return new PartialRevision(this.revision, this.operation, this.statementsCommitted, this.statementsTotal,
				this.checksum, this.startedAt.plusMillis(this.durationMs));
	}

}
