package dev.retort.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Alembic's {@code RevisionMap._topological_sort}: the same order, in linear time.
 *
 * <p>Alembic keeps the full ancestor set of every head it is walking and asks whether the
 * candidate lies in another head's set. Here the union of those sets is kept instead, as "alive"
 * revisions with a count of alive children: a candidate lies below another head exactly when one
 * of its children is alive. The union only ever shrinks (an emitted revision is gone, and so is
 * whatever only it led to), so every revision and edge is visited a bounded number of times. Only
 * when the walk must switch heads does it look upwards to find which head to switch to.
 */
final class TopologicalOrder {

	private final Set<Node> todo;

	private final List<Node> current = new ArrayList<>();

	private final Set<Node> inCurrent = new HashSet<>();

	private final Set<Node> alive;

	private final Map<Node, Integer> aliveChildren = new HashMap<>();

	private TopologicalOrder(Collection<Node> revisions, List<Node> startHeads) {
		this.todo = new HashSet<>(revisions);
		this.current.addAll(startHeads);
		this.inCurrent.addAll(startHeads);
		this.alive = NodeMap.ancestors(startHeads, true, false);
		for (Node node : this.alive) {
			for (Node parent : node.normDown) {
				this.aliveChildren.merge(parent, 1, Integer::sum);
			}
		}
	}

	/** Revisions from the tops down (the downgrade order); reverse it for an upgrade. */
	static List<Node> sort(Collection<Node> revisions, List<@Nullable Node> heads) {
		Set<Node> todo = new HashSet<>(revisions);
		Set<Node> start = new HashSet<>();
		for (Node head : heads) {
			if (head == null || head == NodeMap.BASE) {
				throw GraphFailure.crash("Expected a revision, not base or a walk past the end of the history");
			}
			if (todo.contains(head)) {
				start.add(head);
			}
		}
		List<Node> startHeads = new ArrayList<>(start);
		startHeads.sort(Comparator.comparingInt(n -> n.index));
		return new TopologicalOrder(revisions, startHeads).run();
	}

	private List<Node> run() {
		List<Node> output = new ArrayList<>(this.todo.size());
		int index = 0;
		while (!this.current.isEmpty()) {
			Node candidate = this.current.get(index);
			if (this.aliveChildren.getOrDefault(candidate, 0) > 0) {
				index = headAbove(candidate, index);
				continue;
			}
			output.add(candidate);
			this.todo.remove(candidate);
			List<Node> toAdd = new ArrayList<>(candidate.normDown.size());
			for (Node parent : candidate.normDown) {
				if (this.todo.contains(parent) && !this.inCurrent.contains(parent)) {
					toAdd.add(parent);
				}
			}
			this.inCurrent.remove(candidate);
			if (toAdd.isEmpty()) {
				this.current.remove(index);
				index = Math.max(index - 1, 0);
			}
			else {
				this.current.set(index, toAdd.get(0));
				this.current.addAll(toAdd.subList(1, toAdd.size()));
				this.inCurrent.addAll(toAdd);
			}
			bury(candidate);
		}
		if (!this.todo.isEmpty()) {
			throw GraphFailure.crash(
					"Revisions " + NodeMap.idsOf(this.todo) + " are not reachable from the requested heads");
		}
		return output;
	}

	/** Drop an emitted revision from the alive set, and whatever no current head leads to any more. */
	private void bury(Node emitted) {
		Deque<Node> dead = new ArrayDeque<>();
		dead.push(emitted);
		while (!dead.isEmpty()) {
			Node node = dead.pop();
			if (!this.alive.remove(node)) {
				continue;
			}
			for (Node parent : node.normDown) {
				int left = this.aliveChildren.merge(parent, -1, Integer::sum);
				if (left == 0 && !this.inCurrent.contains(parent)) {
					dead.push(parent);
				}
			}
		}
	}

	/** The first current head, other than the candidate's, that has the candidate as ancestor. */
	private int headAbove(Node candidate, int index) {
		Set<Node> above = new HashSet<>();
		Deque<Node> search = new ArrayDeque<>();
		search.push(candidate);
		while (!search.isEmpty()) {
			Node node = search.pop();
			for (Node child : node.normNext) {
				if (this.alive.contains(child) && above.add(child)) {
					search.push(child);
				}
			}
		}
		for (int i = 0; i < this.current.size(); i++) {
			if (i != index && above.contains(this.current.get(i))) {
				return i;
			}
		}
		throw GraphFailure.crash("Revision " + candidate.id + " waits for a revision no requested head leads to");
	}

}
