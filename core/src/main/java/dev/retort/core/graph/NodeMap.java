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
import java.util.regex.Matcher;
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

	static final Node BASE = new Node(new Revision("base", List.of(), List.of(), List.of(), "", "", "<base>"), -1);

	private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)");

	private static final Pattern PY_INT = Pattern.compile("[+-]?\\d+(_\\d+)*");

	final List<Node> nodes;

	/** Revision ids, then branch labels, as Alembic's {@code _revision_map} keys. */
	final Map<String, Node> keys;

	private final Map<String, Integer> keyRank = new HashMap<>();

	private final TreeMap<String, Node> sortedKeys;

	final List<Node> heads = new ArrayList<>();

	final List<Node> realHeads = new ArrayList<>();

	final List<Node> bases = new ArrayList<>();

	NodeMap(List<Node> nodes, Map<String, Node> keys) {
		this.nodes = List.copyOf(nodes);
		this.keys = keys;
		int rank = 0;
		for (String key : keys.keySet()) {
			this.keyRank.put(key, rank++);
		}
		this.sortedKeys = new TreeMap<>(keys);
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
		List<String> matches = new ArrayList<>();
		for (String key : this.sortedKeys.subMap(prefix, true, prefix + Character.MAX_VALUE, true).keySet()) {
			if (key.length() > 3 && key.startsWith(prefix)) {
				matches.add(key);
			}
		}
		matches.sort(Comparator.comparing(this.keyRank::get));
		return matches;
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
		Set<Node> targetSet = check ? new HashSet<>(targets) : Set.of();
		Deque<Node> todo = new ArrayDeque<>();
		for (Node target : targets) {
			todo.push(target);
			Set<Node> perTarget = check ? new HashSet<>() : Set.of();
			while (!todo.isEmpty()) {
				Node node = todo.pop();
				if (check) {
					perTarget.add(node);
				}
				if (!seen.add(node)) {
					continue;
				}
				for (Node next : edges.apply(node)) {
					todo.push(next);
				}
			}
			if (check) {
				List<Node> overlaps = new ArrayList<>();
				for (Node node : perTarget) {
					if (node != target && targetSet.contains(node)) {
						overlaps.add(node);
					}
				}
				if (!overlaps.isEmpty()) {
					overlaps.sort(Comparator.comparingInt(n -> n.index));
					throw GraphFailure.revision(ErrorCode.INVALID_TARGET, "Requested revision " + target.id
							+ " overlaps with other requested revisions " + String.join(", ", idsOf(overlaps)));
				}
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

	record Target(@Nullable String branch, @Nullable Node revision) {
	}

	private static GraphFailure didNotProduce(String relative, int count) {
		return GraphFailure.revision(ErrorCode.INVALID_TARGET,
				"Relative revision " + relative + " didn't produce " + Math.abs(count) + " migrations");
	}

	/** {@code _parse_downgrade_target}. */
	Target parseDowngradeTarget(@Nullable Object currentRevisions, @Nullable String target, boolean assertLength) {
		if (target == null) {
			return new Target(null, null);
		}
		Matcher match = RELATIVE.matcher(target);
		if (match.lookingAt()) {
			String branch = match.group(1);
			String symbol = match.group(2);
			String relative = match.group(3);
			int steps = Integer.parseInt(relative);
			if (steps >= 0) {
				if (symbol == null) {
					throw didNotProduce(relative, steps);
				}
				Node rev = walk(symbol, steps, branch, assertLength);
				if (rev == null) {
					throw GraphFailure.revision(ErrorCode.INVALID_TARGET, "Walked too far");
				}
				return new Target(branch, rev);
			}
			boolean relativeToCurrent = symbol == null;
			if (relativeToCurrent) {
				if (truthy(branch)) {
					List<Node> current = nonNull(getRevisionsExact(toTuple(currentRevisions)));
					List<Node> onBranch = filterForLineage(current, branch, false);
					if (onBranch.isEmpty()) {
						onBranch = filterForLineage(allCurrent(current), branch, false);
					}
					if (onBranch.size() != 1) {
						throw GraphFailure.crash("Relative revision " + relative + " on branch '" + branch
								+ "' matches " + onBranch.size() + " current heads");
					}
					symbol = onBranch.get(0).id;
				}
				else {
					List<String> current = toTuple(currentRevisions);
					if (current.isEmpty()) {
						throw didNotProduce(relative, steps);
					}
					symbol = current.get(0);
					branch = symbol;
				}
			}
			Node start = (branch == null) ? getRevision(symbol) : getRevision(branch + "@" + symbol);
			Node rev = walk(start, steps, null, assertLength);
			if (rev == null) {
				if (relativeToCurrent) {
					throw didNotProduce(relative, steps);
				}
				throw GraphFailure.revision(ErrorCode.INVALID_TARGET, "Walked too far");
			}
			return new Target(branch, rev);
		}
		int at = target.lastIndexOf('@');
		String branch = (at <= 0) ? null : target.substring(0, at);
		return new Target(branch, getRevision(target.substring(at + 1)));
	}

	/** {@code get_revisions} of a tuple of plain ids. */
	private List<@Nullable Node> getRevisionsExact(List<String> ids) {
		return getRevisions(ids);
	}

	/** {@code _get_all_current}. */
	private List<Node> allCurrent(List<Node> current) {
		Set<Node> top = new LinkedHashSet<>(current);
		top.addAll(ancestors(new ArrayList<>(top), true, false));
		// _filter_into_branch_heads: keep only those with no descendant in the set
		List<Node> result = new ArrayList<>();
		for (Node node : top) {
			Set<Node> below = descendants(List.of(node), false, false);
			below.remove(node);
			below.retainAll(top);
			if (below.isEmpty()) {
				result.add(node);
			}
		}
		return result;
	}

	/** {@code _parse_upgrade_target}. */
	List<@Nullable Node> parseUpgradeTarget(@Nullable Object currentRevisions, @Nullable Object target,
			boolean assertLength) {
		Matcher match = (target instanceof String text) ? RELATIVE.matcher(text) : null;
		if (match == null || !match.lookingAt()) {
			return getRevisions(target);
		}
		String branch = match.group(1);
		String symbol = match.group(2);
		String relativeText = match.group(3);
		int relative = Integer.parseInt(relativeText);
		List<@Nullable Node> single = new ArrayList<>(1);
		if (relative > 0) {
			if (symbol == null) {
				List<?> startRevs;
				List<String> current = toTuple(currentRevisions);
				if (truthy(branch)) {
					List<Node> currentNodes = nonNull(getRevisions(current));
					List<Node> onBranch = filterForLineage(currentNodes, branch, false);
					if (onBranch.isEmpty()) {
						List<Node> active = filterForLineage(new ArrayList<>(ancestors(currentNodes, true, false)),
								branch, false);
						Set<Node> tips = new LinkedHashSet<>(active);
						for (Node node : active) {
							node.normDown.forEach(tips::remove);
						}
						onBranch = new ArrayList<>(tips);
					}
					startRevs = onBranch.isEmpty() ? java.util.Collections.singletonList(null) : onBranch;
				}
				else {
					startRevs = current.isEmpty() ? java.util.Collections.singletonList(null) : current;
				}
				if (startRevs.size() > 1) {
					throw GraphFailure.revision(ErrorCode.INVALID_TARGET,
							"Ambiguous upgrade from multiple current revisions");
				}
				Node rev = walk(startRevs.get(0), relative, branch, assertLength);
				if (rev == null) {
					throw didNotProduce(relativeText, relative);
				}
				single.add(rev);
				return single;
			}
			single.add(walk(getRevision(symbol), relative, branch, assertLength));
			return single;
		}
		if (symbol == null) {
			throw didNotProduce(String.valueOf(relative), relative);
		}
		Node start = (branch == null) ? getRevision(symbol) : getRevision(branch + "@" + symbol);
		single.add(walk(start, relative, null, assertLength));
		return single;
	}

	record Collected(Set<Node> revisions, List<@Nullable Node> heads) {
	}

	/** {@code _collect_upgrade_revisions}. */
	Collected collectUpgrade(@Nullable Object upper, @Nullable Object lower, boolean inclusive, boolean implicitBase,
			boolean assertLength) {
		List<Node> targets = nonNull(parseUpgradeTarget(lower, upper, assertLength));
		if (lower instanceof String text && text.contains("@")) {
			String branch = text.substring(0, text.indexOf('@'));
			Node branchRev = getRevision(branch);
			if (branchRev != null && branchRev.id.equals(branch)) {
				if (branchRev.labels.size() != 1) {
					throw GraphFailure.crash("Revision " + branch + " used as a branch name has "
							+ branchRev.labels.size() + " branch labels");
				}
				branch = branchRev.labels.iterator().next();
			}
			List<Node> kept = new ArrayList<>();
			for (Node need : targets) {
				if (need.labels.contains(branch)) {
					kept.add(need);
				}
			}
			targets = kept;
		}
		Set<Node> required = new HashSet<>(ancestors(targets, true, true));
		required.addAll(targets);
		List<@Nullable Node> current = getRevisions(lower);
		if (!implicitBase) {
			for (Node rev : current) {
				if (rev != null && !required.contains(rev)) {
					throw GraphFailure.range(pythonStr(lower), pythonStr(upper));
				}
			}
		}
		Object effectiveLower = lower;
		if (!current.isEmpty() && current.get(0) == null) {
			Node rev = parseDowngradeTarget(upper, (String) lower, assertLength).revision();
			if (rev == null) {
				throw GraphFailure.crash("Relative revision " + lower + " resolves to nothing");
			}
			if (rev == BASE) {
				current = List.of();
				effectiveLower = null;
			}
			else {
				current = List.of(rev);
				effectiveLower = rev.id;
			}
		}
		List<Node> currentNodes = nonNull(current);
		Set<Node> currentSet = new HashSet<>(ancestors(currentNodes, true, true));
		currentSet.addAll(currentNodes);
		Set<Node> needs = new LinkedHashSet<>();
		for (Node node : required) {
			if (!currentSet.contains(node)) {
				needs.add(node);
			}
		}
		if (inclusive) {
			needs.addAll(nonNull(getRevisions(effectiveLower)));
		}
		if (!currentNodes.isEmpty() && !implicitBase) {
			needs.retainAll(descendants(currentNodes, false, true));
		}
		return new Collected(needs, new ArrayList<>(targets));
	}

	/** {@code _collect_downgrade_revisions}. */
	Collected collectDowngrade(@Nullable Object upper, @Nullable String target, boolean inclusive,
			boolean implicitBase, boolean assertLength) {
		Target parsed = parseDowngradeTarget(upper, target, assertLength);
		String branch = parsed.branch();
		Node targetRev = (parsed.revision() == BASE) ? null : parsed.revision();
		List<Node> roots = new ArrayList<>();
		if (targetRev == null) {
			// every key of the revision map, so a labelled base counts once per label, as in Alembic
			for (Node node : this.keys.values()) {
				if (node.down.isEmpty()) {
					roots.add(node);
				}
			}
		}
		else if (inclusive) {
			roots.add(targetRev);
		}
		else {
			roots.addAll(targetRev.next);
		}
		if (truthy(branch) && roots.size() > 1) {
			Set<Node> onBranch = ancestors(List.of(resolveBranch(branch)), false, false);
			Set<Node> kept = new LinkedHashSet<>(roots);
			kept.retainAll(onBranch);
			roots = new ArrayList<>(kept);
			if (roots.isEmpty()) {
				throw GraphFailure.revision(ErrorCode.INVALID_PLAN, "Not a valid downgrade target from current heads");
			}
		}
		List<@Nullable Node> heads = getRevisions(upper);
		Set<Node> downgrade = new LinkedHashSet<>(descendants(roots, true, false));
		Set<Node> active = ancestors(nonNull(heads), true, false);
		downgrade.retainAll(active);
		if (implicitBase) {
			Set<Node> rootAncestors = ancestors(roots, true, false);
			for (Node node : active) {
				if (!rootAncestors.contains(node)) {
					downgrade.add(node);
				}
			}
		}
		if (targetRev != null && downgrade.isEmpty() && !heads.contains(targetRev)) {
			throw GraphFailure.range("Nothing to drop", pythonStr(upper));
		}
		return new Collected(downgrade, heads);
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
