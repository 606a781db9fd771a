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
 * Alembic's {@code RevisionMap._topological_sort}: the same order, without its per-head ancestor
 * sets. A candidate is "an ancestor of another current head" exactly when one of its children in
 * the set still waits to be emitted, so a counter answers the question; only when the walk must
 * switch heads does it look upwards to find which head to switch to.
 */
final class TopologicalOrder {

	private TopologicalOrder() {
	}

	/** Revisions from the tops down (the downgrade order); reverse it for an upgrade. */
	static List<Node> sort(Collection<Node> revisions, List<@Nullable Node> heads) {
		Set<Node> todo = new HashSet<>(revisions);
		Set<Node> startSet = new HashSet<>();
		for (Node head : heads) {
			if (head == null || head == NodeMap.BASE) {
				throw GraphFailure.crash("Expected a revision, not base or a walk past the end of the history");
			}
			if (todo.contains(head)) {
				startSet.add(head);
			}
		}
		List<Node> current = new ArrayList<>(startSet);
		current.sort(Comparator.comparingInt(n -> n.index));
		Set<Node> inCurrent = new HashSet<>(current);
		Map<Node, Integer> waiting = new HashMap<>();
		for (Node node : todo) {
			for (Node parent : node.normDown) {
				if (todo.contains(parent)) {
					waiting.merge(parent, 1, Integer::sum);
				}
			}
		}
		List<Node> output = new ArrayList<>(todo.size());
		int index = 0;
		while (!current.isEmpty()) {
			Node candidate = current.get(index);
			if (waiting.getOrDefault(candidate, 0) > 0) {
				index = headAbove(candidate, index, current, todo);
				continue;
			}
			output.add(candidate);
			todo.remove(candidate);
			List<Node> toAdd = new ArrayList<>(candidate.normDown.size());
			for (Node parent : candidate.normDown) {
				if (todo.contains(parent)) {
					waiting.merge(parent, -1, Integer::sum);
					if (!inCurrent.contains(parent)) {
						toAdd.add(parent);
					}
				}
			}
			inCurrent.remove(candidate);
			if (toAdd.isEmpty()) {
				current.remove(index);
				index = Math.max(index - 1, 0);
			}
			else {
				current.set(index, toAdd.get(0));
				current.addAll(toAdd.subList(1, toAdd.size()));
				inCurrent.addAll(toAdd);
			}
		}
		if (!todo.isEmpty()) {
			throw GraphFailure.crash("Revisions " + NodeMap.idsOf(todo) + " are not reachable from the requested heads");
		}
		return output;
	}

	/** The first current head, other than the candidate's, that has the candidate as ancestor. */
	private static int headAbove(Node candidate, int index, List<Node> current, Set<Node> todo) {
		Set<Node> above = new HashSet<>();
		Deque<Node> search = new ArrayDeque<>();
		search.push(candidate);
		while (!search.isEmpty()) {
			Node node = search.pop();
			for (Node child : node.normNext) {
				if (todo.contains(child) && above.add(child)) {
					search.push(child);
				}
			}
		}
		for (int i = 0; i < current.size(); i++) {
			if (i != index && above.contains(current.get(i))) {
				return i;
			}
		}
		throw GraphFailure.crash("Revision " + candidate.id + " waits for a revision no requested head leads to");
	}

}
