package dev.retort.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
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

	private final Collection<Node> revisions;

	/** The revisions still to emit, by {@link Node#index}. */
	private final boolean[] todo;

	private int todoCount;

	private final List<Node> current = new ArrayList<>();

	private final boolean[] inCurrent;

	private final boolean[] alive;

	private final int[] aliveChildren;

	private TopologicalOrder(Collection<Node> revisions, boolean[] todo, int todoCount, List<Node> startHeads) {
		int size = todo.length;
		this.revisions = revisions;
		this.todo = todo;
		this.todoCount = todoCount;
		this.inCurrent = new boolean[size];
		this.current.addAll(startHeads);
		for (Node head : startHeads) {
			this.inCurrent[head.index] = true;
		}
		// the start heads and their ancestors (parents and dependencies)
		this.alive = new boolean[size];
		this.aliveChildren = new int[size];
		Node[] stack = new Node[size];
		int top = 0;
		for (Node head : startHeads) {
			this.alive[head.index] = true;
			stack[top++] = head;
		}
		while (top > 0) {
			Node node = stack[--top];
			for (Node parent : node.normDown) {
				this.aliveChildren[parent.index]++;
				if (!this.alive[parent.index]) {
					this.alive[parent.index] = true;
					stack[top++] = parent;
				}
			}
		}
	}

	/**
	 * Revisions from the tops down (the downgrade order); reverse it for an upgrade.
	 * @param revisions the revisions to order
	 * @param heads where to start
	 * @param size the number of revisions in the graph (every {@link Node#index} is below it)
	 */
	static List<Node> sort(Collection<Node> revisions, List<@Nullable Node> heads, int size) {
		boolean[] todo = new boolean[size];
		int todoCount = 0;
		for (Node node : revisions) {
			if (!todo[node.index]) {
				todo[node.index] = true;
				todoCount++;
			}
		}
		boolean[] started = new boolean[size];
		List<Node> startHeads = new ArrayList<>();
		for (Node head : heads) {
			if (head == null || head == NodeMap.BASE) {
				throw GraphFailure.crash("Expected a revision, not base or a walk past the end of the history");
			}
			if (todo[head.index] && !started[head.index]) {
				started[head.index] = true;
				startHeads.add(head);
			}
		}
		if (todoCount == 0) {
			return new ArrayList<>();
		}
		startHeads.sort(Comparator.comparingInt(n -> n.index));
		return new TopologicalOrder(revisions, todo, todoCount, startHeads).run();
	}

	private List<Node> run() {
		List<Node> output = new ArrayList<>(this.todoCount);
		int index = 0;
		while (!this.current.isEmpty()) {
			Node candidate = this.current.get(index);
			if (this.aliveChildren[candidate.index] > 0) {
				index = headAbove(candidate, index);
				continue;
			}
			output.add(candidate);
			if (this.todo[candidate.index]) {
				this.todo[candidate.index] = false;
				this.todoCount--;
			}
			List<Node> toAdd = new ArrayList<>(candidate.normDown.size());
			for (Node parent : candidate.normDown) {
				if (this.todo[parent.index] && !this.inCurrent[parent.index]) {
					toAdd.add(parent);
				}
			}
			this.inCurrent[candidate.index] = false;
			if (toAdd.isEmpty()) {
				this.current.remove(index);
				index = Math.max(index - 1, 0);
			}
			else {
				this.current.set(index, toAdd.get(0));
				this.current.addAll(toAdd.subList(1, toAdd.size()));
				for (Node added : toAdd) {
					this.inCurrent[added.index] = true;
				}
			}
			bury(candidate);
		}
		if (this.todoCount > 0) {
			List<Node> left = new ArrayList<>();
			for (Node node : this.revisions) {
				if (this.todo[node.index]) {
					this.todo[node.index] = false;
					left.add(node);
				}
			}
			throw GraphFailure.crash("Revisions " + NodeMap.idsOf(left) + " are not reachable from the requested heads");
		}
		return output;
	}

	/** Drop an emitted revision from the alive set, and whatever no current head leads to any more. */
	private void bury(Node emitted) {
		Deque<Node> dead = new ArrayDeque<>();
		dead.push(emitted);
		while (!dead.isEmpty()) {
			Node node = dead.pop();
			if (!this.alive[node.index]) {
				continue;
			}
			this.alive[node.index] = false;
			for (Node parent : node.normDown) {
				int left = --this.aliveChildren[parent.index];
				if (left == 0 && !this.inCurrent[parent.index]) {
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
				if (this.alive[child.index] && above.add(child)) {
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
