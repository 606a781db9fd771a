package dev.retort.core.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the history table: a step that ran (or failed) against this database.
 *
 * @param id the row id, increasing in the order steps ran
 * @param revision the revision id
 * @param downRevisions the revision's parents when it ran
 * @param operation {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param message the revision's message
 * @param checksum the revision's checksum when it ran
 * @param appliedBy the database user and host that ran it
 * @param startedAt when it started
 * @param durationMs how long it took in milliseconds
 * @param success whether it completed; {@code false} marks a revision that failed part-way on a
 * database that commits DDL implicitly
 * @param retortVersion the Retort version that ran it
 * @since 0.1.0
 */
public record HistoryEntry(long id, String revision, List<String> downRevisions, String operation, String message,
		String checksum, String appliedBy, Instant startedAt, long durationMs, boolean success,
		String retortVersion) {

	public HistoryEntry {
		Objects.requireNonNull(revision, "'revision' must not be null");
		downRevisions = List.copyOf(downRevisions);
		Objects.requireNonNull(operation, "'operation' must not be null");
		Objects.requireNonNull(startedAt, "'startedAt' must not be null");
	}

}
