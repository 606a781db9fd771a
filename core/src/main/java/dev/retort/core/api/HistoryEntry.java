package dev.retort.core.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param tag the {@code --tag} of the run (Alembic's {@code tag} argument), empty when none was given
 * @since 0.1.0
 */
public record HistoryEntry(long id, String revision, List<String> downRevisions, String operation, String message,
		String checksum, String appliedBy, Instant startedAt, long durationMs, boolean success,
		String retortVersion, Optional<String> tag) {

	public HistoryEntry {
		Objects.requireNonNull(revision, "'revision' must not be null");
		downRevisions = List.copyOf(downRevisions);
		Objects.requireNonNull(operation, "'operation' must not be null");
		Objects.requireNonNull(startedAt, "'startedAt' must not be null");
		Objects.requireNonNull(tag, "'tag' must not be null");
	}

	/**
	 * A row without a tag.
	 * @param id the row id
	 * @param revision the revision id
	 * @param downRevisions the revision's parents when it ran
	 * @param operation {@code upgrade}, {@code downgrade} or {@code stamp}
	 * @param message the revision's message
	 * @param checksum the revision's checksum when it ran
	 * @param appliedBy who ran it
	 * @param startedAt when it started
	 * @param durationMs how long it took in milliseconds
	 * @param success whether it completed
	 * @param retortVersion the Retort version that ran it
	 */
	public HistoryEntry(long id, String revision, List<String> downRevisions, String operation, String message,
			String checksum, String appliedBy, Instant startedAt, long durationMs, boolean success,
			String retortVersion) {
		this(id, revision, downRevisions, operation, message, checksum, appliedBy, startedAt, durationMs, success,
				retortVersion, Optional.empty());
	}

}
