package dev.retort.core.api;

import java.util.List;
import java.util.Optional;

import dev.retort.core.graph.RevisionHeader;

/**
 * Where the database stands against the revisions on disk.
 *
 * @param current the version table's rows (empty at base)
 * @param heads the heads of the revision graph
 * @param pending the revisions {@code upgrade heads} would run, in the order it would run them
 * @param partial a revision that failed part-way and is not yet resolved
 * @param unknown the version table's rows that no revision of this build defines: a newer release
 * applied them (the application was rolled back) or their files were deleted
 * @since 0.1.0
 */
public record Status(List<String> current, List<String> heads, List<RevisionHeader> pending,
		Optional<PartialRevision> partial, List<String> unknown) {

	public Status {
		current = List.copyOf(current);
		heads = List.copyOf(heads);
		pending = List.copyOf(pending);
		unknown = List.copyOf(unknown);
	}

	/**
	 * A status whose version table holds only known revisions.
	 * @param current the version table's rows (empty at base)
	 * @param heads the heads of the revision graph
	 * @param pending the revisions {@code upgrade heads} would run
	 * @param partial a revision that failed part-way and is not yet resolved
	 */
	public Status(List<String> current, List<String> heads, List<RevisionHeader> pending,
			Optional<PartialRevision> partial) {
		this(current, heads, pending, partial, List.of());
	}

	/**
	 * Whether nothing is pending and nothing is half-applied.
	 * @return {@code true} when the database is at the heads
	 */
	public boolean upToDate() {
		return this.pending.isEmpty() && this.partial.isEmpty();
	}

}
