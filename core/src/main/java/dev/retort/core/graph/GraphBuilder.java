package dev.retort.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * Validates revisions and builds the {@link NodeMap}, as Alembic's {@code RevisionMap._revision_map}
 * does, but failing on every inconsistency Alembic only warns about.
 */
final class GraphBuilder {

	private GraphBuilder() {
	}

	static NodeMap build(Collection<RevisionHeader> revisions) {
		// one map for ids and then branch labels (Alembic's _revision_map keys); a parent is looked
		// up in it by id only, so a label never stands for a down_revision
		Map<String, Node> keys = new LinkedHashMap<>(Math.max(16, (int) (revisions.size() / 0.75f) + 1));
		List<Node> nodes = new ArrayList<>(revisions.size());
		for (RevisionHeader revision : revisions) {
			checkId(revision);
			Node previous = keys.get(revision.id());
			if (previous != null) {
				throw new RetortException(ErrorCode.DUPLICATE_REVISION, "Revision " + revision.id()
						+ " is present more than once: in " + previous.revision.source() + " and in "
						+ revision.source() + "; give one of them a new revision id");
			}
			Node node = new Node(revision, nodes.size());
			keys.put(node.id, node);
			nodes.add(node);
		}
		for (Node node : nodes) {
			for (String label : node.revision.branchLabels()) {
				Node used = keys.get(label);
				if (used != null) {
					throw new RetortException(ErrorCode.DUPLICATE_BRANCH_LABEL, "Branch name '" + label
							+ "' in revision " + node.id + " already used by revision " + used.id + " ("
							+ node.revision.source() + "); choose a branch label that is neither another "
							+ "branch label nor a revision id");
				}
				keys.put(label, node);
			}
		}
		for (Node node : nodes) {
			node.down = linkParents(node, keys);
			node.resolvedDeps = resolveDependencies(node, keys);
			node.allDown = dedupe(node.down, node.resolvedDeps);
		}
		for (Node node : nodes) {
			for (Node parent : node.allDown) {
				parent.allNext.add(node);
			}
			for (Node parent : node.down) {
				parent.next.add(node);
			}
		}
		List<Node> order = detectCycles(nodes);
		for (Node node : order) {
			for (Node parent : node.down) {
				node.versionedDepth = Math.max(node.versionedDepth, parent.versionedDepth + 1);
			}
		}
		Map<Node, List<Node>> dependents = new HashMap<>();
		for (Node node : nodes) {
			for (Node dep : node.resolvedDeps) {
				dependents.computeIfAbsent(dep, d -> new ArrayList<>()).add(node);
			}
		}
		for (Node node : nodes) {
			node.normalizedDeps = normalizeDependencies(node, dependents);
			node.normDown = dedupe(node.down, node.normalizedDeps);
			for (Node parent : node.normDown) {
				parent.normNext.add(node);
			}
		}
		for (Node node : order) {
			for (Node parent : node.normDown) {
				node.depth = Math.max(node.depth, parent.depth + 1);
			}
		}
		for (Node node : nodes) {
			if (!node.revision.branchLabels().isEmpty()) {
				node.labels.addAll(node.revision.branchLabels());
			}
		}
		for (Node node : nodes) {
			if (!node.revision.branchLabels().isEmpty()) {
				propagateLabels(node, nodes.size());
			}
		}
		return new NodeMap(nodes, keys);
	}

	private static void checkId(RevisionHeader revision) {
		if (!isValidId(revision.id())) {
			throw new RetortException(ErrorCode.INVALID_REVISION_ID, "Revision identifier '" + revision.id()
					+ "' in " + revision.source() + " may only contain letters, digits and '_'; rename the "
					+ "revision");
		}
		for (String label : revision.branchLabels()) {
			if (!isValidId(label)) {
				throw new RetortException(ErrorCode.INVALID_REVISION_ID, "Branch label '" + label
						+ "' of revision " + revision.id() + " in " + revision.source()
						+ " may only contain letters, digits and '_'; rename the branch label");
			}
		}
		if (revision.downRevisions().contains(revision.id())) {
			throw new RetortException(ErrorCode.CYCLE, "Self-loop is detected in revisions (" + revision.id()
					+ "); remove " + revision.id() + " from the down_revision of " + revision.source());
		}
		if (revision.dependsOn().contains(revision.id())) {
			throw new RetortException(ErrorCode.CYCLE, "Dependency self-loop is detected in revisions ("
					+ revision.id() + "); remove " + revision.id() + " from the depends_on of " + revision.source());
		}
	}

	/** {@code [A-Za-z0-9_]+}, without a regular expression: asked for every revision at every start. */
	static boolean isValidId(String id) {
		if (id.isEmpty()) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return true;
	}

	private static List<Node> linkParents(Node node, Map<String, Node> keys) {
		List<String> parentIds = node.revision.downRevisions();
		if (parentIds.isEmpty()) {
			return List.of();
		}
		List<Node> parents = new ArrayList<>(parentIds.size());
		for (String parentId : parentIds) {
			Node parent = keys.get(parentId);
			if (parent == null || !parent.id.equals(parentId)) {
				throw new RetortException(ErrorCode.UNKNOWN_DOWN_REVISION, "Revision " + parentId
						+ " referenced from " + node.id + " is not present (down_revision in "
						+ node.revision.source() + "); add the missing revision or correct the down_revision");
			}
			if (!parents.contains(parent)) {
				parents.add(parent);
			}
		}
		return (parents.size() == 1) ? List.of(parents.get(0)) : List.copyOf(parents);
	}

	private static List<Node> resolveDependencies(Node node, Map<String, Node> keys) {
		if (node.revision.dependsOn().isEmpty()) {
			return List.of();
		}
		List<Node> deps = new ArrayList<>(node.revision.dependsOn().size());
		for (String ref : node.revision.dependsOn()) {
			Node dep = keys.get(ref);
			if (dep == null) {
				dep = uniquePrefix(ref, keys);
			}
			if (dep == null) {
				throw new RetortException(ErrorCode.UNKNOWN_DEPENDENCY, "Revision " + ref + " referenced from "
						+ node.id + " is not present (depends_on in " + node.revision.source()
						+ "); depends_on takes revision ids, unique prefixes or branch labels");
			}
			if (!deps.contains(dep)) {
				deps.add(dep);
			}
		}
		return List.copyOf(deps);
	}

	private static Node uniquePrefix(String ref, Map<String, Node> keys) {
		Node found = null;
		for (Map.Entry<String, Node> entry : keys.entrySet()) {
			if (entry.getKey().startsWith(ref)) {
				if (found != null && found != entry.getValue()) {
					return null;
				}
				found = entry.getValue();
			}
		}
		return found;
	}

	private static List<Node> dedupe(List<Node> first, List<Node> second) {
		if (second.isEmpty()) {
			return first;
		}
		LinkedHashSet<Node> all = new LinkedHashSet<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

	/**
	 * Alembic's {@code _detect_cycles}, then a full check: Alembic's test misses cycles that hang
	 * off a head that still reaches a base, and those would make traversal loop.
	 */
	private static List<Node> detectCycles(List<Node> nodes) {
		if (nodes.isEmpty()) {
			return List.of();
		}
		int size = nodes.size();
		List<Node> heads = new ArrayList<>();
		List<Node> realHeads = new ArrayList<>();
		List<Node> bases = new ArrayList<>();
		List<Node> realBases = new ArrayList<>();
		for (Node node : nodes) {
			if (node.next.isEmpty()) {
				heads.add(node);
			}
			if (node.allNext.isEmpty()) {
				realHeads.add(node);
			}
			if (node.down.isEmpty()) {
				bases.add(node);
				if (node.revision.dependsOn().isEmpty()) {
					realBases.add(node);
				}
			}
		}
		if (heads.isEmpty() || bases.isEmpty()) {
			throw cycle("Cycle", nodes);
		}
		List<Node> outside = outside(nodes, reach(heads, size, false, false), reach(bases, size, true, false));
		if (!outside.isEmpty()) {
			throw cycle("Cycle", outside);
		}
		if (realHeads.isEmpty() || realBases.isEmpty()) {
			throw cycle("Dependency cycle", nodes);
		}
		outside = outside(nodes, reach(realHeads, size, false, true), reach(realBases, size, true, true));
		if (!outside.isEmpty()) {
			throw cycle("Dependency cycle", outside);
		}
		// Kahn's algorithm over parents and dependencies: whatever is left sits on a cycle.
		int[] pending = new int[size];
		Node[] order = new Node[size];
		int added = 0;
		for (Node node : nodes) {
			pending[node.index] = node.allDown.size();
			if (node.allDown.isEmpty()) {
				order[added++] = node;
			}
		}
		for (int taken = 0; taken < added; taken++) {
			for (Node child : order[taken].allNext) {
				if (--pending[child.index] == 0) {
					order[added++] = child;
				}
			}
		}
		if (added != size) {
			List<Node> left = new ArrayList<>();
			for (Node node : nodes) {
				if (pending[node.index] > 0) {
					left.add(node);
				}
			}
			throw cycle("Cycle", left);
		}
		return Arrays.asList(order);
	}

	/** The revisions, in input order, not in both reachable sets. */
	private static List<Node> outside(List<Node> nodes, boolean[] down, boolean[] up) {
		List<Node> outside = new ArrayList<>();
		for (Node node : nodes) {
			if (!down[node.index] || !up[node.index]) {
				outside.add(node);
			}
		}
		return outside;
	}

	/** The revisions reachable from some (inclusive), by input position. */
	private static boolean[] reach(List<Node> from, int size, boolean upward, boolean withDependencies) {
		boolean[] seen = new boolean[size];
		Node[] todo = new Node[size];
		int top = 0;
		for (Node node : from) {
			if (!seen[node.index]) {
				seen[node.index] = true;
				todo[top++] = node;
			}
		}
		while (top > 0) {
			Node node = todo[--top];
			for (Node other : upward ? (withDependencies ? node.allNext : node.next)
					: (withDependencies ? node.allDown : node.down)) {
				if (!seen[other.index]) {
					seen[other.index] = true;
					todo[top++] = other;
				}
			}
		}
		return seen;
	}

	private static RetortException cycle(String kind, List<Node> involved) {
		TreeSet<String> ids = new TreeSet<>();
		Set<String> sources = new LinkedHashSet<>();
		for (Node node : involved) {
			ids.add(node.id);
			sources.add(node.revision.source());
		}
		return new RetortException(ErrorCode.CYCLE, kind + " is detected in revisions (" + String.join(", ", ids)
				+ "); fix the down_revision or depends_on of one of them (" + String.join(", ", sources) + ")");
	}

	/**
	 * {@code _normalize_depends_on}: drop dependencies that an ancestor (through down_revision)
	 * already depends on. Asked per dependency, from the few revisions that name it.
	 */
	private static List<Node> normalizeDependencies(Node node, Map<Node, List<Node>> dependents) {
		if (node.resolvedDeps.isEmpty()) {
			return List.of();
		}
		List<Node> normalized = new ArrayList<>(node.resolvedDeps.size());
		for (Node dep : node.resolvedDeps) {
			boolean covered = false;
			for (Node other : dependents.get(dep)) {
				if (other != node && Node.isAncestor(other, node.down, true)) {
					covered = true;
					break;
				}
			}
			if (!covered) {
				normalized.add(dep);
			}
		}
		return List.copyOf(normalized);
	}

	/**
	 * {@code _add_branches}: a label reaches every descendant and, when the descendants form a
	 * plain line, walks down through ancestors until a branch or merge point.
	 */
	private static void propagateLabels(Node labelled, int size) {
		Set<String> labels = Set.copyOf(labelled.labels);
		Node last = labelled;
		boolean[] seen = new boolean[size];
		Deque<Node> todo = new ArrayDeque<>();
		todo.push(labelled);
		while (!todo.isEmpty()) {
			Node node = todo.pop();
			if (!seen[node.index]) {
				seen[node.index] = true;
				for (Node child : node.next) {
					todo.push(child);
				}
				node.labels.addAll(labels);
				last = node;
			}
		}
		Node parent = last;
		while (parent != null && !parent.isRealBranchPoint() && !parent.isMergePoint()) {
			parent.labels.addAll(labels);
			parent = parent.down.isEmpty() ? null : parent.down.get(0);
		}
	}

}
