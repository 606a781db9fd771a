package dev.retort.core.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;

import static dev.retort.core.graph.NodeMap.BASE;
import static dev.retort.core.graph.NodeMap.ancestors;
import static dev.retort.core.graph.NodeMap.descendants;
import static dev.retort.core.graph.NodeMap.nonNull;
import static dev.retort.core.graph.NodeMap.pythonStr;
import static dev.retort.core.graph.NodeMap.toTuple;
import static dev.retort.core.graph.NodeMap.truthy;

/**
 * Alembic's upgrade and downgrade target parsing ({@code _parse_upgrade_target},
 * {@code _parse_downgrade_target}) and the revision sets behind a plan
 * ({@code _collect_upgrade_revisions}, {@code _collect_downgrade_revisions}).
 */
final class RevisionCollector {

	private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)");

	private final NodeMap map;

	RevisionCollector(NodeMap map) {
		this.map = map;
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
				Node rev = this.map.walk(symbol, steps, branch, assertLength);
				if (rev == null) {
					throw GraphFailure.revision(ErrorCode.INVALID_TARGET, "Walked too far");
				}
				return new Target(branch, rev);
			}
			boolean relativeToCurrent = symbol == null;
			if (relativeToCurrent) {
				if (truthy(branch)) {
					List<Node> current = nonNull(this.map.getRevisions(toTuple(currentRevisions)));
					List<Node> onBranch = this.map.filterForLineage(current, branch, false);
					if (onBranch.isEmpty()) {
						onBranch = this.map.filterForLineage(allCurrent(current), branch, false);
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
			Node start = (branch == null) ? this.map.getRevision(symbol) : this.map.getRevision(branch + "@" + symbol);
			Node rev = this.map.walk(start, steps, null, assertLength);
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
		return new Target(branch, this.map.getRevision(target.substring(at + 1)));
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
			return this.map.getRevisions(target);
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
					List<Node> currentNodes = nonNull(this.map.getRevisions(current));
					List<Node> onBranch = this.map.filterForLineage(currentNodes, branch, false);
					if (onBranch.isEmpty()) {
						List<Node> active = this.map.filterForLineage(new ArrayList<>(ancestors(currentNodes, true, false)),
								branch, false);
						Set<Node> tips = new LinkedHashSet<>(active);
						for (Node node : active) {
							node.normDown.forEach(tips::remove);
						}
						onBranch = new ArrayList<>(tips);
					}
					startRevs = onBranch.isEmpty() ? Collections.singletonList(null) : onBranch;
				}
				else {
					startRevs = current.isEmpty() ? Collections.singletonList(null) : current;
				}
				if (startRevs.size() > 1) {
					throw GraphFailure.revision(ErrorCode.INVALID_TARGET,
							"Ambiguous upgrade from multiple current revisions");
				}
				Node rev = this.map.walk(startRevs.get(0), relative, branch, assertLength);
				if (rev == null) {
					throw didNotProduce(relativeText, relative);
				}
				single.add(rev);
				return single;
			}
			single.add(this.map.walk(this.map.getRevision(symbol), relative, branch, assertLength));
			return single;
		}
		if (symbol == null) {
			throw didNotProduce(String.valueOf(relative), relative);
		}
		Node start = (branch == null) ? this.map.getRevision(symbol) : this.map.getRevision(branch + "@" + symbol);
		single.add(this.map.walk(start, relative, null, assertLength));
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
			Node branchRev = this.map.getRevision(branch);
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
		// with one target nothing can overlap, so its ancestors are collected only when needed
		@Nullable Set<Node> required = (targets.size() == 1) ? null : required(targets);
		List<@Nullable Node> current = this.map.getRevisions(lower);
		if (!implicitBase) {
			if (required == null) {
				required = required(targets);
			}
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
		if (!inclusive && targets.size() == 1 && currentNodes.size() == 1 && targets.get(0) == currentNodes.get(0)) {
			// already at the one target (a start with nothing pending): everything required is
			// the current head or below it, and a single revision cannot overlap with another
			return new Collected(new LinkedHashSet<>(), new ArrayList<>(targets));
		}
		if (required == null) {
			required = required(targets);
		}
		Set<Node> currentSet = new HashSet<>(ancestors(currentNodes, true, true));
		currentSet.addAll(currentNodes);
		Set<Node> needs = new LinkedHashSet<>();
		for (Node node : required) {
			if (!currentSet.contains(node)) {
				needs.add(node);
			}
		}
		if (inclusive) {
			needs.addAll(nonNull(this.map.getRevisions(effectiveLower)));
		}
		if (!currentNodes.isEmpty() && !implicitBase) {
			needs.retainAll(descendants(currentNodes, false, true));
		}
		return new Collected(needs, new ArrayList<>(targets));
	}

	/** The targets and their ancestors, failing when one target is another's ancestor. */
	private static Set<Node> required(List<Node> targets) {
		Set<Node> required = new HashSet<>(ancestors(targets, true, true));
		required.addAll(targets);
		return required;
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
			for (Node node : this.map.keys.values()) {
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
			Set<Node> onBranch = ancestors(List.of(this.map.resolveBranch(branch)), false, false);
			Set<Node> kept = new LinkedHashSet<>(roots);
			kept.retainAll(onBranch);
			roots = new ArrayList<>(kept);
			if (roots.isEmpty()) {
				throw GraphFailure.revision(ErrorCode.INVALID_PLAN, "Not a valid downgrade target from current heads");
			}
		}
		List<@Nullable Node> heads = this.map.getRevisions(upper);
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

}
