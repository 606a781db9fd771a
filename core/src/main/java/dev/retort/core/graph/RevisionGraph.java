package dev.retort.core.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * The revision graph: every revision with its parents, branch labels and dependencies, and the
 * answers Alembic's {@code RevisionMap} and {@code ScriptDirectory} give about it — heads, bases,
 * target resolution, history ranges, and the steps of an upgrade, downgrade or stamp together with
 * the version-table rows each step changes.
 *
 * <p>Semantics and messages follow Alembic 1.8.1 exactly, so a target means in Retort what it
 * means in Alembic:
 * <pre>{@code
 * RevisionGraph graph = RevisionGraph.of(List.of(RevisionHeader.of("a1"), RevisionHeader.of("b2", "a1")));
 * graph.heads();                                  // [b2]
 * graph.upgrade(List.of(), "heads").steps();      // upgrade  -> a1, upgrade a1 -> b2
 * graph.downgrade(List.of("b2"), "-1").headsAfter(); // [a1]
 * }</pre>
 *
 * <p>The graph is pure and immutable once built; it can be shared between threads. The input order
 * of revisions matters where Alembic's does: it breaks ties in {@link #revisions()} and in plans,
 * so script sources should hand revisions over in a stable order.
 *
 * @since 0.1.0
 */
public final class RevisionGraph {

	private final NodeMap map;

	private final RevisionCollector collector;

	private volatile @Nullable List<RevisionHeader> ordered;

	private RevisionGraph(NodeMap map) {
		this.map = map;
		this.collector = new RevisionCollector(map);
	}

	/**
	 * Build and validate a graph.
	 * @param revisions the revisions, in a stable order (Alembic's revision-map order)
	 * @return the graph
	 * @throws RetortException with {@link ErrorCode#DUPLICATE_REVISION},
	 * {@link ErrorCode#UNKNOWN_DOWN_REVISION}, {@link ErrorCode#UNKNOWN_DEPENDENCY},
	 * {@link ErrorCode#CYCLE}, {@link ErrorCode#DUPLICATE_BRANCH_LABEL} or
	 * {@link ErrorCode#INVALID_REVISION_ID}, naming the file at fault
	 */
	public static RevisionGraph of(Collection<RevisionHeader> revisions) {
		return new RevisionGraph(GraphBuilder.build(revisions));
	}

	/**
	 * Every revision, from the heads down to the bases, in the order {@code history} lists them
	 * (Alembic's {@code walk_revisions("base", "heads")}).
	 * @return the revisions
	 */
	public List<RevisionHeader> revisions() {
		List<RevisionHeader> result = this.ordered;
		if (result == null) {
			result = walk("base", "heads", List.of());
			this.ordered = result;
		}
		return result;
	}

	/**
	 * Exact id lookup.
	 * @param id the revision id
	 * @return the revision, or empty
	 */
	public Optional<RevisionHeader> find(String id) {
		Node node = this.map.keys.get(id);
		return (node != null && node.id.equals(id)) ? Optional.of(node.revision) : Optional.empty();
	}

	/**
	 * A revision by full id, branch label or unique prefix (as in Alembic, the prefix may be short;
	 * only ids and labels longer than three characters are matched by prefix).
	 * @param idOrPrefix what to look for
	 * @return the revision
	 * @throws RetortException {@link ErrorCode#REVISION_NOT_FOUND} ("Can't locate revision identified
	 * by '...'") or {@link ErrorCode#AMBIGUOUS_REVISION} ("Multiple revisions start with '...': ...")
	 */
	public RevisionHeader get(String idOrPrefix) {
		try {
			Node node = this.map.revisionForIdent(idOrPrefix, null);
			if (node == null) {
				throw notFound(idOrPrefix);
			}
			return node.revision;
		}
		catch (GraphFailure failure) {
			if (failure.code == ErrorCode.AMBIGUOUS_REVISION) {
				throw new RetortException(failure.code, failure.getMessage(), failure);
			}
			throw notFound(idOrPrefix);
		}
	}

	private static RetortException notFound(String id) {
		return new RetortException(ErrorCode.REVISION_NOT_FOUND, "Can't locate revision identified by '" + id + "'");
	}

	/**
	 * Alembic's {@code heads}: revisions no other revision names as down_revision, in input order.
	 * @return the head ids
	 */
	public List<String> heads() {
		return List.copyOf(NodeMap.idsOf(this.map.heads));
	}

	/**
	 * Heads that are also no other revision's dependency ({@code heads --resolve-dependencies};
	 * what {@code upgrade heads} reaches).
	 * @return the head ids
	 */
	public List<String> realHeads() {
		return List.copyOf(NodeMap.idsOf(this.map.realHeads));
	}

	/**
	 * Revisions without down_revision, in input order.
	 * @return the base ids
	 */
	public List<String> bases() {
		return List.copyOf(NodeMap.idsOf(this.map.bases));
	}

	/**
	 * Children through down_revision, in input order.
	 * @param id a revision id
	 * @return the child ids
	 */
	public List<String> nextRevisions(String id) {
		List<Node> next = new ArrayList<>(node(id).next);
		next.sort((a, b) -> Integer.compare(a.index, b.index));
		return List.copyOf(NodeMap.idsOf(next));
	}

	/**
	 * Whether more than one revision names this one as down_revision.
	 * @param id a revision id
	 * @return whether it is a branch point
	 */
	public boolean isBranchPoint(String id) {
		return node(id).isBranchPoint();
	}

	/**
	 * Whether this revision has more than one down_revision.
	 * @param id a revision id
	 * @return whether it is a merge point
	 */
	public boolean isMergePoint(String id) {
		return node(id).isMergePoint();
	}

	/**
	 * The branch labels of a revision after Alembic spreads them along the branch (to descendants,
	 * and to ancestors up to a branch or merge point), which is what {@code label@head},
	 * {@code label@base} and {@code label@-1} use.
	 * @param id a revision id
	 * @return the labels, declared ones first
	 */
	public Set<String> branchLabels(String id) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(node(id).labels));
	}

	private Node node(String id) {
		Node node = this.map.keys.get(id);
		if (node == null || !node.id.equals(id)) {
			throw notFound(id);
		}
		return node;
	}

	/**
	 * Alembic's {@code get_revisions(target)}: {@code head}, {@code heads}, {@code base} (no
	 * revision), ids and prefixes, {@code label@head}, {@code label@base}, {@code label@id},
	 * {@code -N} and {@code label@-N} (walked down from the script heads, as Alembic does).
	 * @param target what to resolve
	 * @param currentHeads the heads in the version table; Alembic's {@code get_revisions} does not
	 * use them, and neither does this method — they are accepted so callers need not special-case
	 * relative targets
	 * @return the revisions, empty for {@code base}
	 */
	public List<RevisionHeader> resolve(String target, List<String> currentHeads) {
		List<@Nullable Node> nodes = AlembicErrors.run(() -> this.map.getRevisions(target), null, null, null, null);
		List<RevisionHeader> result = new ArrayList<>(nodes.size());
		for (Node node : nodes) {
			if (node == null) {
				throw new RetortException(ErrorCode.INVALID_TARGET, "Relative revision " + target
						+ " walks past the base of the history; use a smaller step or 'base'");
			}
			if (node != NodeMap.BASE) {
				result.add(node.revision);
			}
		}
		return List.copyOf(result);
	}

	/**
	 * The starting point of an offline script ({@code upgrade --sql FROM:TO}, {@code stamp --sql
	 * FROM:TO}): as Alembic's {@code get_current_heads} in {@code --sql} mode, {@code FROM} must name
	 * one revision or {@code base}; {@code heads} is accepted only while there is one head.
	 * @param start the text before the colon; empty or {@code base} for no revision
	 * @return the starting heads: empty or one id
	 * @throws RetortException {@link ErrorCode#MULTIPLE_HEADS} when {@code start} names several
	 */
	public List<String> offlineStart(String start) {
		if (start.isEmpty() || start.equals("base")) {
			return List.of();
		}
		List<RevisionHeader> resolved = resolve(start, List.of());
		if (resolved.size() > 1) {
			throw new RetortException(ErrorCode.MULTIPLE_HEADS,
					AlembicErrors.DEFAULT_MULTIPLE_HEADS.replace("%(head_arg)s", start));
		}
		return resolved.stream().map(RevisionHeader::id).toList();
	}

	/**
	 * Alembic's {@code walk_revisions(base, head)}, as {@code history -r base:head} lists them
	 * (heads first). {@code current} on either side stands for the current heads, an empty side for
	 * {@code base} or {@code heads}.
	 * @param base the lower end
	 * @param head the upper end
	 * @param currentHeads the heads in the version table, for {@code current}
	 * @return the revisions in the range, inclusive
	 */
	public List<RevisionHeader> walk(String base, String head, List<String> currentHeads) {
		Object lower = "current".equals(base) ? List.copyOf(currentHeads) : base;
		Object upper = "current".equals(head) ? List.copyOf(currentHeads) : head;
		Object lowerArg = isEmpty(lower) ? "base" : lower;
		Object upperArg = isEmpty(upper) ? "heads" : upper;
		return AlembicErrors.run(() -> {
			RevisionCollector.Collected collected = this.collector.collectUpgrade(upperArg, lowerArg, true, false, false);
			List<RevisionHeader> result = new ArrayList<>();
			for (Node node : TopologicalOrder.sort(collected.revisions(), collected.heads(), this.map.nodes.size())) {
				result.add(node.revision);
			}
			return List.copyOf(result);
		}, null, null, NodeMap.pythonStr(lowerArg), NodeMap.pythonStr(upperArg));
	}

	private static boolean isEmpty(Object identifier) {
		return (identifier instanceof String text) ? text.isEmpty() : ((List<?>) identifier).isEmpty();
	}

	/**
	 * Plan {@code upgrade target} from the given heads ({@code ScriptDirectory._upgrade_revs}).
	 * Dependencies not yet applied are pulled in.
	 * @param currentHeads the heads in the version table
	 * @param target any target form: {@code heads}, {@code head}, id, {@code +N},
	 * {@code label@head}, {@code label@+N}, {@code id+N}, ...
	 * @return the plan; empty when already there
	 */
	public Plan upgrade(List<String> currentHeads, String target) {
		List<String> current = List.copyOf(currentHeads);
		return AlembicErrors.run(() -> {
			RevisionCollector.Collected collected = this.collector.collectUpgrade(target, current, false, true, true);
			List<Node> order = TopologicalOrder.sort(collected.revisions(), collected.heads(), this.map.nodes.size());
			Collections.reverse(order);
			return simulate(current, order, true);
		}, "Destination %(end)s is not a valid upgrade target from current head(s)", null, null, target);
	}

	/**
	 * Plan {@code downgrade target} from the given heads ({@code ScriptDirectory._downgrade_revs}).
	 * Dependents are taken down before what they depend on; other branches stay where they are.
	 * @param currentHeads the heads in the version table
	 * @param target {@code base}, an id, {@code -N}, {@code label@-N}, {@code label@base}, ...
	 * @return the plan; empty when already there
	 */
	public Plan downgrade(List<String> currentHeads, String target) {
		List<String> current = List.copyOf(currentHeads);
		return AlembicErrors.run(() -> {
			RevisionCollector.Collected collected = this.collector.collectDowngrade(current, target, false, false, true);
			List<Node> order = TopologicalOrder.sort(collected.revisions(), collected.heads(), this.map.nodes.size());
			return simulate(current, order, false);
		}, "Destination %(end)s is not a valid downgrade target from current head(s)", null, null, target);
	}

	private Plan simulate(List<String> current, List<Node> order, boolean upgrade) {
		HeadSimulator simulator = new HeadSimulator(this.map, current);
		List<Step> steps = new ArrayList<>(order.size());
		for (Node node : order) {
			steps.add(simulator.revisionStep(node, upgrade));
		}
		return new Plan(steps, current, simulator.heads());
	}

	/**
	 * Plan {@code stamp targets} ({@code ScriptDirectory._stamp_revs}): move the version rows
	 * without running revisions. Each step's {@link Step#revision()} is the stamped target, or the
	 * head whose row goes away when stamping {@code base}.
	 * @param currentHeads the heads in the version table
	 * @param targets one or more targets (several to stamp several branch heads)
	 * @param purge whether the version table is emptied first; the plan then starts from no heads
	 * ({@link Plan#headsBefore()} is empty) and the caller deletes every row before the steps
	 * @return the plan
	 */
	public Plan stamp(List<String> currentHeads, List<String> targets, boolean purge) {
		List<String> current = purge ? List.of() : List.copyOf(currentHeads);
		return AlembicErrors.run(() -> new Stamper(this.map, current).plan(List.copyOf(targets)), null,
				"Multiple heads are present; please specify a single target revision", null, null);
	}


}
