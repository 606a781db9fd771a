package dev.retort.core.graph;

import java.util.List;
import java.util.Objects;

/**
 * One revision as the graph sees it: its id, its parents and the metadata that shape the graph.
 * Immutable; collections are copied.
 *
 * @param id the revision id (letters, digits and {@code _})
 * @param downRevisions the parents; empty for a base
 * @param branchLabels branch labels declared on this revision
 * @param dependsOn ids, prefixes or branch labels this revision depends on without being a child
 * @param message the one-line message, empty when none
 * @param createDate the {@code create_date} header as written (for example
 * {@code 2026-01-01 00:00:00}), empty when none
 * @param source where the revision was defined (a file path or class name), used in messages
 * @since 0.1.0
 */
public record RevisionHeader(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn,
		String message, String createDate, String source) {

	public RevisionHeader {
		Objects.requireNonNull(id, "'id' must not be null");
		downRevisions = List.copyOf(downRevisions);
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
		Objects.requireNonNull(message, "'message' must not be null");
		Objects.requireNonNull(createDate, "'createDate' must not be null");
		Objects.requireNonNull(source, "'source' must not be null");
	}

	/**
	 * Shorthand for tests and in-memory graphs: a revision with parents only.
	 * @param id the revision id
	 * @param downRevisions the parents
	 * @return the revision
	 */
	public static RevisionHeader of(String id, String... downRevisions) {
		return new RevisionHeader(id, List.of(downRevisions), List.of(), List.of(), "", "", "<memory>");
	}

	/**
	 * Whether this revision has no parents.
	 * @return {@code true} for a base
	 */
	public boolean isBase() {
		return this.downRevisions.isEmpty();
	}

	/**
	 * Whether this revision has several parents.
	 * @return {@code true} for a merge revision
	 */
	public boolean isMerge() {
		return this.downRevisions.size() > 1;
	}

}
