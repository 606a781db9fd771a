package dev.retort.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;

/**
 * Alembic's {@code RevisionMap}: lookup, target resolution and the revision sets behind upgrades,
 * downgrades and history, ported method by method so that results and messages match.
 *
 * <p>An "identifier" argument is what Alembic accepts: {@code null} (base), a {@code String} or a
 * {@code List<String>}. Resolved lists may hold {@code null} (a walk that went too far) and
 * {@link #BASE} (a walk that reached base), as Alembic's tuples hold {@code None} and
 * {@code "base"}.
 */
final class NodeMap {

	static final Node BASE = new Node(new RevisionHeader("base", List.of(), List.of(), List.of(), "", "", "<base>"), -1);

		private static final Pattern PY_INT = Pattern.compile("[+-]?\\d+(_\\d+)*");

	final List<Node> nodes;

	/** RevisionHeader ids, then branch labels, as Alembic's {@code _revision_map} keys. */
	final Map<String, Node> keys;

	/** The keys sorted, with their rank in {@link #keys}: built on the first prefix lookup. */
	private volatile @Nullable PrefixIndex prefixIndex;

	final List<Node> heads = new ArrayList<>();

	final List<Node> realHeads = new ArrayList<>();

	final List<Node> bases = new ArrayList<>();

	NodeMap(List<Node> nodes, Map<String, Node> keys) {
		this.nodes = List.copyOf(nodes);
		this.keys = keys;
		for (Node node : nodes) {
			if (node.next.isEmpty()) {
				this.heads.add(node);
			}
			if (node.allNext.isEmpty()) {
				this.realHeads.add(node);
			}
			if (node.down.isEmpty()) {
				this.bases.add(node);
			}
		}
	}

	// ------------------------------------------------------------------ resolution

	record Resolved(List<String> ids, @Nullable String branch) {
	}

	static boolean truthy(@Nullable String value) {
		return value != null && !value.isEmpty();
	}

	static List<String> idsOf(Collection<Node> nodes) {
		List<String> ids = new ArrayList<>(nodes.size());
		for (Node node : nodes) {
			ids.add(node.id);
		}
		return ids;
	}

	@SuppressWarnings("unchecked")
	static List<String> toTuple(@Nullable Object identifier) {
		if (identifier == null) {
			return List.of();
		}
		if (identifier instanceof String text) {
			return List.of(text);
		}
		return (List<String>) identifier;
	}

	/** {@code _resolve_revision_number}. */
	Resolved resolveNumber(@Nullable Object identifier) {
		String branch = null;
		Object id = identifier;
		if (id instanceof String text && text.contains("@")) {
			int at = text.indexOf('@');
			branch = text.substring(0, at);
			id = text.substring(at + 1);
		}
		if ("heads".equals(id)) {
			if (truthy(branch)) {
				return new Resolved(idsOf(filterForLineage(this.heads, branch, false)), branch);
			}
			return new Resolved(idsOf(this.realHeads), branch);
		}
		if ("head".equals(id)) {
			Node head = currentHead(branch);
			return new Resolved((head != null) ? List.of(head.id) : List.of(), branch);
		}
		if (id == null || "base".equals(id)) {
			return new Resolved(List.of(), branch);
		}
		return new Resolved(toTuple(id), branch);
	}

	/** {@code get_current_head}. */
	@Nullable Node currentHead(@Nullable String branch) {
		List<Node> current = this.heads;
		if (truthy(branch)) {
			current = filterForLineage(current, branch, false);
		}
		if (current.size() > 1) {
			throw GraphFailure.multipleHeads(idsOf(current), truthy(branch) ? branch + "@head" : "head");
		}
		return current.isEmpty() ? null : current.get(0);
	}

	/** {@code get_revisions}. */
	List<@Nullable Node> getRevisions(@Nullable Object identifier) {
		if (identifier instanceof List<?> list) {
			List<@Nullable Node> all = new ArrayList<>();
			for (Object element : list) {
				all.addAll(getRevisions(element));
			}
			return all;
		}
		Resolved resolved = resolveNumber(identifier);
		if (resolved.ids().size() == 1) {
			Integer steps = pythonInt(resolved.ids().get(0));
			if (steps != null && steps < 0) {
				List<@Nullable Node> result = new ArrayList<>();
				for (Node head : nonNull(getRevisions("heads"))) {
					if (resolved.branch() == null || head.labels.contains(resolved.branch())) {
						result.add(walk(head, steps, null, true));
					}
				}
				return result;
			}
		}
		List<@Nullable Node> result = new ArrayList<>(resolved.ids().size());
		for (String id : resolved.ids()) {
			result.add(revisionForIdent(id, resolved.branch()));
		}
		return result;
	}

	/** {@code get_revision}. */
	@Nullable Node getRevision(@Nullable String identifier) {
		Resolved resolved = resolveNumber(identifier);
		if (resolved.ids().size() > 1) {
			throw GraphFailure.multipleHeads(resolved.ids(), identifier);
		}
		return revisionForIdent(resolved.ids().isEmpty() ? null : resolved.ids().get(0), resolved.branch());
	}

	private static @Nullable Integer pythonInt(String text) {
		if (!PY_INT.matcher(text).matches()) {
			return null;
		}
		try {
			return Integer.parseInt(text.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** {@code _resolve_branch}. */
	Node resolveBranch(String branch) {
		Node node = this.keys.get(branch);
		if (node != null) {
			return node;
		}
		try {
			Node found = revisionForIdent(branch, null);
			if (found == null) {
				throw GraphFailure.crash("Branch '" + branch + "' resolves to no revision");
			}
			return found;
		}
		catch (GraphFailure failure) {
			if (failure.kind != GraphFailure.Kind.RESOLUTION) {
				throw failure;
			}
			throw GraphFailure.resolution(ErrorCode.REVISION_NOT_FOUND, "No such branch: '" + branch + "'", branch);
		}
	}

	/** {@code _revision_for_ident}; {@code id} {@code null} stands for Alembic's {@code ()}. */
	@Nullable Node revisionForIdent(@Nullable String id, @Nullable String checkBranch) {
		Node branchRev = truthy(checkBranch) ? resolveBranch(checkBranch) : null;
		Node revision = null;
		if (id != null) {
			revision = this.keys.get(id);
			if (revision == null) {
				if (id.isEmpty()) {
					throw GraphFailure.crash("An empty revision identifier is not a revision");
				}
				List<String> matches = prefixMatches(id);
				if (branchRev != null) {
					List<String> kept = new ArrayList<>();
					for (String key : matches) {
						if (sharesLineage(this.keys.get(key), shares(checkBranch), false)) {
							kept.add(key);
						}
					}
					matches = kept;
				}
				if (matches.isEmpty()) {
					throw GraphFailure.resolution(ErrorCode.REVISION_NOT_FOUND, "No such revision or branch '" + id + "'"
							+ ((id.length() < 4) ? "; please ensure at least four characters are present for partial "
									+ "revision identifier matches" : ""),
							id);
				}
				if (matches.size() > 1) {
					StringBuilder listed = new StringBuilder();
					for (int i = 0; i < Math.min(3, matches.size()); i++) {
						listed.append(i == 0 ? "" : ", ").append('\'').append(matches.get(i)).append('\'');
					}
					throw GraphFailure.resolution(ErrorCode.AMBIGUOUS_REVISION,
							"Multiple revisions start with '" + id + "': " + listed + "...", id);
				}
				revision = this.keys.get(matches.get(0));
			}
		}
		if (truthy(checkBranch) && revision != null && branchRev != null
				&& !sharesLineage(revision, List.of(branchRev), false)) {
			throw GraphFailure.resolution(ErrorCode.REVISION_NOT_FOUND,
					"Revision " + revision.id + " is not a member of branch '" + checkBranch + "'", String.valueOf(id));
		}
		return revision;
	}

	private List<String> prefixMatches(String prefix) {
		PrefixIndex index = this.prefixIndex;
		if (index == null) {
			index = PrefixIndex.of(this.keys);
			this.prefixIndex = index;
		}
		List<String> matches = new ArrayList<>();
		for (String key : index.sorted().subMap(prefix, true, prefix + Character.MAX_VALUE, true).keySet()) {
			if (key.length() > 3 && key.startsWith(prefix)) {
				matches.add(key);
			}
		}
		matches.sort(Comparator.comparing(index.rank()::get));
		return matches;
	}

	/**
	 * The keys in sorted order and each key's position in {@link #keys}, for prefix lookups, which a
	 * start with nothing pending never makes. Immutable once built; two threads may each build one.
	 */
	private record PrefixIndex(TreeMap<String, Node> sorted, Map<String, Integer> rank) {

		static PrefixIndex of(Map<String, Node> keys) {
			Map<String, Integer> rank = new HashMap<>();
			for (String key : keys.keySet()) {
				rank.put(key, rank.size());
			}
			return new PrefixIndex(new TreeMap<>(keys), rank);
		}

	}

	/** The revisions {@code filter_for_lineage} tests against for a {@code check_against}. */
	private List<Node> shares(@Nullable String checkAgainst) {
		Resolved resolved = resolveNumber(checkAgainst);
		List<Node> shares = new ArrayList<>();
		if (truthy(resolved.branch())) {
			shares.add(requireRevision(revisionForIdent(resolved.branch(), null)));
		}
		for (String id : resolved.ids()) {
			shares.add(requireRevision(revisionForIdent(id, null)));
		}
		return shares;
	}

	private static Node requireRevision(@Nullable Node node) {
		if (node == null || node == BASE) {
			throw GraphFailure.crash("Expected a revision");
		}
		return node;
	}

	/** {@code filter_for_lineage}. */
	List<Node> filterForLineage(List<Node> targets, @Nullable String checkAgainst, boolean includeDependencies) {
		Resolved resolved = resolveNumber(checkAgainst);
		List<String> shareIds = new ArrayList<>();
		if (truthy(resolved.branch())) {
			shareIds.add(resolved.branch());
		}
		shareIds.addAll(resolved.ids());
		if (shareIds.isEmpty()) {
			return List.copyOf(targets);
		}
		List<Node> shares = new ArrayList<>();
		for (String id : shareIds) {
			Node node = revisionForIdent(id, null);
			if (node != null) {
				shares.add(node);
			}
		}
		List<Node> kept = new ArrayList<>();
		for (Node target : targets) {
			if (sharesLineage(target, shares, includeDependencies)) {
				kept.add(target);
			}
		}
		return kept;
	}

	/** {@code _shares_lineage}: is one of {@code against} an ancestor, descendant or the target itself. */
	boolean sharesLineage(@Nullable Node target, List<Node> against, boolean includeDependencies) {
		if (against.isEmpty()) {
			return true;
		}
		if (target == null || target == BASE) {
			throw GraphFailure.crash("Expected a revision");
		}
		Set<Node> wanted = new HashSet<>(against);
		return reaches(target, wanted, n -> includeDependencies ? n.allNext : n.next)
				|| reaches(target, wanted, n -> includeDependencies ? n.normDown : n.down);
	}

	private static boolean reaches(Node from, Set<Node> wanted, Function<Node, List<Node>> edges) {
		Set<Node> seen = new HashSet<>();
		Deque<Node> todo = new ArrayDeque<>();
		todo.push(from);
		while (!todo.isEmpty()) {
			Node node = todo.pop();
			if (wanted.contains(node)) {
				return true;
			}
			if (seen.add(node)) {
				for (Node next : edges.apply(node)) {
					todo.push(next);
				}
			}
		}
		return false;
	}

	// ------------------------------------------------------------------ traversal

	static List<Node> nonNull(List<@Nullable Node> nodes) {
		List<Node> result = new ArrayList<>(nodes.size());
		for (Node node : nodes) {
			if (node == null || node == BASE) {
				throw GraphFailure.crash("Expected a revision, not base or a walk past the end of the history");
			}
			result.add(node);
		}
		return result;
	}

	/** {@code _iterate_related_revisions}, with its overlap check. */
	static Set<Node> related(Collection<Node> targets, Function<Node, List<Node>> edges, boolean check) {
		Set<Node> seen = new LinkedHashSet<>();
		// one target (the usual plan) cannot overlap with another
		boolean checking = check && targets.size() > 1;
		Set<Node> targetSet = checking ? new HashSet<>(targets) : Set.of();
		Deque<Node> todo = new ArrayDeque<>();
		for (Node target : targets) {
			todo.push(target);
			Set<Node> overlapping = null;
			while (!todo.isEmpty()) {
				Node node = todo.pop();
				if (checking && node != target && targetSet.contains(node)) {
					if (overlapping == null) {
						overlapping = new HashSet<>();
					}
					overlapping.add(node);
				}
				if (!seen.add(node)) {
					continue;
				}
				for (Node next : edges.apply(node)) {
					todo.push(next);
				}
			}
			if (overlapping != null) {
				List<Node> overlaps = new ArrayList<>(overlapping);
				overlaps.sort(Comparator.comparingInt(n -> n.index));
				throw GraphFailure.revision(ErrorCode.INVALID_TARGET, "Requested revision " + target.id
						+ " overlaps with other requested revisions " + String.join(", ", idsOf(overlaps)));
			}
		}
		return seen;
	}

	static Set<Node> ancestors(Collection<Node> targets, boolean includeDependencies, boolean check) {
		return related(targets, includeDependencies ? n -> n.normDown : n -> n.down, check);
	}

	static Set<Node> descendants(Collection<Node> targets, boolean includeDependencies, boolean check) {
		return related(targets, includeDependencies ? n -> n.allNext : n -> n.next, check);
	}

	/** {@code _walk}; returns {@code null} for a walk past the end and {@link #BASE} for base. */
	@Nullable Node walk(@Nullable Object start, int steps, @Nullable String branch, boolean noOverwalk) {
		Node initial = (start instanceof String text) ? getRevision(text) : (Node) start;
		for (int i = 0; i < Math.abs(steps); i++) {
			List<Node> children;
			if (steps > 0) {
				if (initial == BASE) {
					throw GraphFailure.crash("Can't walk up from base");
				}
				List<Node> up = (initial == null) ? this.bases : initial.next;
				children = truthy(branch) ? filterForLineage(up, branch, false) : up;
			}
			else if (initial == BASE) {
				children = List.of();
			}
			else if (initial == null) {
				children = this.heads;
			}
			else {
				children = initial.down.isEmpty() ? List.of(BASE) : initial.down;
			}
			if (children.isEmpty()) {
				return noOverwalk ? null : initial;
			}
			if (children.size() > 1) {
				throw GraphFailure.revision(ErrorCode.INVALID_TARGET, "Ambiguous walk");
			}
			initial = children.get(0);
		}
		return initial;
	}

	/** Python's {@code %s} of an identifier. */
	static @Nullable String pythonStr(@Nullable Object identifier) {
		if (identifier == null) {
			return null;
		}
		if (identifier instanceof String text) {
			return text;
		}
		return AlembicErrors.pythonTuple(toTuple(identifier));
	}

}
