package dev.retort.boot.actuate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.retort.core.api.ChecksumMismatch;
import dev.retort.core.api.HistoryEntry;
import dev.retort.core.api.PartialRevision;
import dev.retort.core.api.Retort;
import dev.retort.core.api.Status;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.script.Script;

/**
 * Works out each revision's state from one reading of the status, the history table and the
 * recorded checksums. A version-table row this build does not define is unknown. A revision
 * {@code upgrade heads} would not run is applied, or modified when its file changed since; of the
 * others, the unresolved partial one is partial, one whose last attempt failed is failed, and the
 * rest are pending.
 */
final class RevisionStates {

	private final Retort retort;

	private final Set<String> pending;

	private final Optional<PartialRevision> partial;

	private final MigrationFailures failures;

	private final Map<String, List<HistoryEntry>> runs;

	private final List<String> unknown;

	private final Map<String, ChecksumMismatch> modified;

	RevisionStates(Retort retort, Status status, MigrationFailures failures) {
		this.retort = retort;
		this.unknown = status.unknown();
		this.modified = modified(retort, status);
		this.pending = status.pending().stream().map(RevisionHeader::id).collect(Collectors.toSet());
		this.partial = status.partial();
		this.failures = failures;
		this.runs = retort.history().stream().collect(Collectors.groupingBy(HistoryEntry::revision, HashMap::new,
				Collectors.toList()));
	}

	/** Applied revisions whose file is there and differs from what was applied. */
	private static Map<String, ChecksumMismatch> modified(Retort retort, Status status) {
		if (status.current().isEmpty() || !retort.configuration().validateChecksums()) {
			return Map.of();
		}
		return retort.checksums()
			.modified()
			.stream()
			.collect(Collectors.toMap(ChecksumMismatch::revision, (mismatch) -> mismatch));
	}

	RevisionState state(String revision) {
		if (this.unknown.contains(revision)) {
			return RevisionState.UNKNOWN;
		}
		if (this.partial.filter((partial) -> partial.revision().equals(revision)).isPresent()) {
			return RevisionState.PARTIAL;
		}
		if (!this.pending.contains(revision)) {
			return this.modified.containsKey(revision) ? RevisionState.MODIFIED : RevisionState.APPLIED;
		}
		boolean failed = this.failures.find(revision).isPresent()
				|| lastRun(revision).filter((run) -> !run.success()).isPresent();
		return failed ? RevisionState.FAILED : RevisionState.PENDING;
	}

	/**
	 * The history row that explains the state: the last successful upgrade or stamp of an applied
	 * revision, the failed attempt of a failed or partial one, none for a pending one.
	 */
	Optional<HistoryEntry> lastRun(String revision, RevisionState state) {
		return switch (state) {
			case APPLIED, MODIFIED, UNKNOWN -> runs(revision).stream()
				.filter((run) -> run.success() && !run.operation().equals("downgrade"))
				.reduce((first, second) -> second);
			case FAILED, PARTIAL -> lastRun(revision).filter((run) -> !run.success());
			case PENDING -> Optional.empty();
		};
	}

	/** Every history row of a revision, oldest first. */
	List<HistoryEntry> runs(String revision) {
		return this.runs.getOrDefault(revision, List.of());
	}

	Optional<MigrationFailures.Failure> failure(String revision) {
		return this.pending.contains(revision) ? this.failures.find(revision) : Optional.empty();
	}

	List<String> branchLabels(String revision) {
		if (this.unknown.contains(revision)) {
			return List.of();
		}
		return List.copyOf(this.retort.graph().branchLabels(revision));
	}

	/** The version table's rows that no revision of this build defines, as headers built from the history table. */
	List<RevisionHeader> unknown() {
		return this.unknown.stream().map((id) -> {
			Optional<HistoryEntry> run = lastRun(id, RevisionState.UNKNOWN);
			return new RevisionHeader(id, run.map(HistoryEntry::downRevisions).orElse(List.of()), List.of(), List.of(),
					run.map(HistoryEntry::message).orElse(""), "", "<not in this build>");
		}).toList();
	}

	/** The checksum of a modified revision's file now, next to the recorded one. */
	Optional<String> resolvedChecksum(String revision) {
		return Optional.ofNullable(this.modified.get(revision)).flatMap(ChecksumMismatch::resolvedChecksum);
	}

	/** The checksum of the revision's file as it is now. */
	Optional<String> checksum(String revision) {
		return this.retort.script(revision).map(Script::checksum);
	}

	private Optional<HistoryEntry> lastRun(String revision) {
		List<HistoryEntry> runs = runs(revision);
		return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
	}

}
