package dev.retort.core.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Alembic's {@code HeadMaintainer} with {@code RevisionStep} and {@code StampStep}: decides, step
 * by step, which version rows are inserted, updated or deleted, and keeps the resulting heads.
 * Alembic's assertions become failures: the plan is refused rather than run.
 */
final class HeadSimulator {

	/** Version rows, in the order rows were added (an update keeps the row's place). */
	private final List<String> heads;

	private final List<VersionUpdate> updates = new ArrayList<>();

	private Set<String> cachedOthers = Set.of();

	private Set<Node> cachedAncestors = Set.of();

	private final NodeMap map;

	HeadSimulator(NodeMap map, List<String> initial) {
		this.map = map;
		this.heads = new ArrayList<>(initial);
	}

	List<String> heads() {
		return List.copyOf(this.heads);
	}

	// ------------------------------------------------------------------ revision steps

	Step revisionStep(Node node, boolean upgrade) {
		try {
			return runRevisionStep(node, upgrade);
		}
		catch (GraphFailure failure) {
			if (failure.kind != GraphFailure.Kind.CRASH) {
				throw failure;
			}
			throw GraphFailure.crash("Can't work out the version rows for " + (upgrade ? "upgrade" : "downgrade")
					+ " of revision " + node.id + " (" + node.revision.source() + "): " + failure.getMessage()
					+ ". Alembic fails on this graph too" + hint(node));
		}
	}

	/** The usual cause: a depends_on entry that is already an ancestor of another parent. */
	private static String hint(Node node) {
		for (Node dep : node.normalizedDeps) {
			for (Node parent : node.down) {
				if (parent != dep && Node.isAncestor(dep, List.of(parent), false)) {
					return "; " + node.id + " depends_on " + dep.id + ", which is already an ancestor of its "
							+ "down_revision " + parent.id + ": remove " + dep.id + " from its depends_on";
				}
			}
		}
		return "; check the down_revision and depends_on of " + node.id + " and the rows in the version table";
	}

	private Step runRevisionStep(Node node, boolean upgrade) {
		this.updates.clear();
		List<String> normDown = NodeMap.idsOf(node.normDown);
		if (!upgrade && this.heads.contains(node.id)
				&& (normDown.isEmpty() || unmergeTo(node, normDown).isEmpty())) {
			delete(node.id);
		}
		else if (upgrade && (normDown.isEmpty() || !intersects(normDown))) {
			insert(node.id);
		}
		else if (upgrade && normDown.size() > 1 && countIn(normDown) > 1) {
			Set<String> others = new HashSet<>(this.heads);
			others.removeAll(normDown);
			List<String> from = new ArrayList<>(normDown);
			if (!others.isEmpty()) {
				from.removeIf(parent -> isBelow(parent, others));
			}
			if (from.isEmpty()) {
				throw GraphFailure.crash("Merge " + node.id + " has no parent among the current heads");
			}
			for (String parent : from.subList(0, from.size() - 1)) {
				delete(parent);
			}
			update(from.get(from.size() - 1), node.id);
		}
		else if (!upgrade && this.heads.contains(node.id) && normDown.size() > 1) {
			List<String> to = unmergeTo(node, normDown);
			for (String parent : to.subList(0, to.size() - 1)) {
				insert(parent);
			}
			update(node.id, to.get(to.size() - 1));
		}
		else {
			String down;
			if (normDown.size() != 1) {
				List<String> present = new ArrayList<>();
				for (String parent : normDown) {
					if (this.heads.contains(parent)) {
						present.add(parent);
					}
				}
				if (present.size() != 1) {
					throw GraphFailure.crash("Can't do an UPDATE because downrevision is ambiguous");
				}
				down = present.get(0);
			}
			else {
				down = normDown.get(0);
			}
			if (upgrade) {
				update(down, node.id);
			}
			else {
				update(node.id, down);
			}
		}
		return new Step(node.revision, upgrade ? Step.Operation.UPGRADE : Step.Operation.DOWNGRADE,
				upgrade ? NodeMap.idsOf(node.down) : List.of(node.id), upgrade ? List.of(node.id) : NodeMap.idsOf(node.down),
				this.updates);
	}

	/** {@code _unmerge_to_revisions}: the parents no other head already stands on. */
	private List<String> unmergeTo(Node node, List<String> normDown) {
		Set<String> others = new HashSet<>(this.heads);
		others.remove(node.id);
		if (others.isEmpty()) {
			return normDown;
		}
		List<String> to = new ArrayList<>(normDown);
		to.removeIf(parent -> isBelow(parent, others));
		return to;
	}

	/**
	 * Whether a revision is an ancestor of (or one of) the given heads. A short bounded search
	 * answers near ancestors; otherwise the heads' ancestors are collected once and kept, since a
	 * downgrade along one branch asks about the same other heads at every step.
	 */
	private boolean isBelow(String id, Set<String> others) {
		Node node = this.map.keys.get(id);
		if (node == null) {
			return false;
		}
		if (others.equals(this.cachedOthers)) {
			return this.cachedAncestors.contains(node);
		}
		List<Node> heads = NodeMap.nonNull(this.map.getRevisions(new ArrayList<>(others)));
		Boolean near = Node.isAncestor(node, heads, false, 64);
		if (near != null) {
			return near;
		}
		this.cachedOthers = Set.copyOf(others);
		this.cachedAncestors = NodeMap.ancestors(heads, true, false);
		return this.cachedAncestors.contains(node);
	}

	private boolean intersects(List<String> ids) {
		return countIn(ids) > 0;
	}

	private int countIn(List<String> ids) {
		int count = 0;
		for (String id : ids) {
			if (this.heads.contains(id)) {
				count++;
			}
		}
		return count;
	}

	// ------------------------------------------------------------------ stamp steps

	Step stampStep(Node shown, List<String> from, List<String> to, boolean upgrade, boolean branchMove) {
		this.updates.clear();
		if (!upgrade && branchMove) {
			if (from.size() != 1) {
				throw GraphFailure.crash("A stamp that deletes a branch needs exactly one head");
			}
			delete(from.get(0));
		}
		else if (upgrade && (branchMove || !this.heads.containsAll(from)) && !this.heads.containsAll(to)) {
			if (to.size() != 1) {
				throw GraphFailure.crash("A stamp that creates a branch needs exactly one target");
			}
			insert(to.get(0));
		}
		else if (from.size() > 1) {
			for (String head : from.subList(0, from.size() - 1)) {
				delete(head);
			}
			update(from.get(from.size() - 1), to.get(0));
		}
		else if (to.size() > 1) {
			for (String head : to.subList(0, to.size() - 1)) {
				insert(head);
			}
			update(from.get(0), to.get(to.size() - 1));
		}
		else {
			if (from.size() != 1 || to.size() != 1) {
				throw GraphFailure.crash("A stamp from " + from + " to " + to + " can't update a single version row");
			}
			update(from.get(0), to.get(0));
		}
		return new Step(shown.revision, Step.Operation.STAMP, from, to, this.updates);
	}

	// ------------------------------------------------------------------ rows

	private void insert(String id) {
		if (this.heads.contains(id)) {
			throw GraphFailure.crash("Revision " + id + " is already a head in the version table");
		}
		this.heads.add(id);
		this.updates.add(new VersionUpdate.Insert(id));
	}

	private void delete(String id) {
		if (!this.heads.remove(id)) {
			throw GraphFailure.crash("Revision " + id + " is not a head in the version table");
		}
		this.updates.add(new VersionUpdate.Delete(id));
	}

	private void update(String from, String to) {
		if (this.heads.contains(to)) {
			throw GraphFailure.crash("Revision " + to + " is already a head in the version table");
		}
		int at = this.heads.indexOf(from);
		if (at < 0) {
			throw GraphFailure.crash("Revision " + from + " is not a head in the version table");
		}
		this.heads.set(at, to);
		this.updates.add(new VersionUpdate.Update(from, to));
	}

}
