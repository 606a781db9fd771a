package dev.retort.core.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One revision inside a built graph, with the derived edges Alembic keeps on its {@code Revision}
 * objects. Mutable only while {@link GraphBuilder} runs.
 */
final class Node {

	final Revision revision;

	final String id;

	/** Position in the input, which is Alembic's revision-map order. */
	final int index;

	/** {@code _versioned_down_revisions}. */
	List<Node> down = List.of();

	/** {@code _resolved_dependencies}. */
	List<Node> resolvedDeps = List.of();

	/** {@code _normalized_resolved_dependencies}: dependencies no ancestor already depends on. */
	List<Node> normalizedDeps = List.of();

	/** {@code _all_down_revisions}: parents plus dependencies. */
	List<Node> allDown = List.of();

	/** {@code _normalized_down_revisions}: parents plus normalized dependencies. */
	List<Node> normDown = List.of();

	/** {@code nextrev}: children through down_revision. */
	final List<Node> next = new ArrayList<>(2);

	/** {@code _all_nextrev}: children through down_revision or depends_on. */
	final List<Node> allNext = new ArrayList<>(2);

	/** Children through {@link #normDown}. */
	final List<Node> normNext = new ArrayList<>(2);

	/** Branch labels after Alembic's propagation along the branch. */
	final Set<String> labels = new LinkedHashSet<>();

	Node(Revision revision, int index) {
		this.revision = revision;
		this.id = revision.id();
		this.index = index;
	}

	boolean isBranchPoint() {
		return this.next.size() > 1;
	}

	boolean isRealBranchPoint() {
		return this.allNext.size() > 1;
	}

	boolean isMergePoint() {
		return this.down.size() > 1;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
