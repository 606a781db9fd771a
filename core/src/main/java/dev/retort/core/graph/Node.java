package dev.retort.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One revision inside a built graph, with the derived edges Alembic keeps on its {@code RevisionHeader}
 * objects. Mutable only while {@link GraphBuilder} runs.
 */
final class Node {

	final RevisionHeader revision;

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

	/** Longest path to a base through {@link #down}: an ancestor always has a smaller one. */
	int versionedDepth;

	/** Longest path to a base through {@link #normDown}. */
	int depth;

	/** Branch labels after Alembic's propagation along the branch. */
	final Set<String> labels = new LinkedHashSet<>();

	Node(RevisionHeader revision, int index) {
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

	/**
	 * Whether {@code ancestor} is reachable from one of {@code from} (inclusive) through
	 * {@link #normDown} (or {@link #down} when {@code versionedOnly}). Depths bound the search to
	 * the revisions between the two, so asking about a near ancestor is cheap.
	 */
	static boolean isAncestor(Node ancestor, Collection<Node> from, boolean versionedOnly) {
		return isAncestor(ancestor, from, versionedOnly, Integer.MAX_VALUE) == Boolean.TRUE;
	}

	/** As above, giving up ({@code null}) after visiting {@code budget} revisions. */
	static @Nullable Boolean isAncestor(Node ancestor, Collection<Node> from,
			boolean versionedOnly, int budget) {
		int floor = versionedOnly ? ancestor.versionedDepth : ancestor.depth;
		Set<Node> seen = new HashSet<>();
		Deque<Node> todo = new ArrayDeque<>(from);
		while (!todo.isEmpty()) {
			Node node = todo.pop();
			if (node == ancestor) {
				return true;
			}
			if ((versionedOnly ? node.versionedDepth : node.depth) <= floor || !seen.add(node)) {
				continue;
			}
			if (seen.size() > budget) {
				return null;
			}
			todo.addAll(versionedOnly ? node.down : node.normDown);
		}
		return false;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
