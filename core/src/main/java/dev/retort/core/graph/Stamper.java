package dev.retort.core.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * {@code ScriptDirectory._stamp_revs}: which version rows a stamp moves, as {@code StampStep}s.
 */
final class Stamper {

	private final NodeMap map;

	private final List<String> current;

	Stamper(NodeMap map, List<String> current) {
		this.map = map;
		this.current = current;
	}

	Plan plan(List<String> requested) {
		List<Node> headRevs = NodeMap.nonNull(this.map.getRevisions(this.current));
		List<String> targets = requested.isEmpty() ? List.of("base") : requested;
		Set<Node> filtered = new LinkedHashSet<>();
		for (String target : targets) {
			if (!target.isEmpty()) {
				filtered.addAll(this.map.filterForLineage(headRevs, target, true));
			}
		}
		List<@Nullable Node> dests = this.map.getRevisions(targets);
		if (dests.isEmpty()) {
			dests = new ArrayList<>();
			dests.add(null);
		}
		HeadSimulator simulator = new HeadSimulator(this.map, this.current);
		List<Step> steps = new ArrayList<>();
		List<String> filteredIds = NodeMap.idsOf(filtered);
		for (Node dest : dests) {
			if (dest == null) {
				for (Node head : filtered) {
					steps.add(simulator.stampStep(head, List.of(head.id), List.of(), false, true));
				}
				continue;
			}
			if (dest == NodeMap.BASE) {
				throw GraphFailure.crash("Can't stamp a relative revision that walks to base; stamp 'base' instead");
			}
			if (filtered.contains(dest)) {
				continue;
			}
			Set<Node> descendants = NodeMap.descendants(List.of(dest), true, false);
			Set<Node> ancestors = NodeMap.ancestors(List.of(dest), true, false);
			if (intersects(descendants, filtered)) {
				if (intersects(ancestors, filtered)) {
					throw GraphFailure.crash("Revision " + dest.id + " is both above and below the current heads");
				}
				steps.add(simulator.stampStep(dest, filteredIds, List.of(dest.id), false, false));
			}
			else if (intersects(ancestors, filtered)) {
				steps.add(simulator.stampStep(dest, filteredIds, List.of(dest.id), true, false));
			}
			else {
				steps.add(simulator.stampStep(dest, List.of(), List.of(dest.id), true, true));
			}
		}
		return new Plan(steps, this.current, simulator.heads());
	}

	private static boolean intersects(Set<Node> a, Set<Node> b) {
		for (Node node : b) {
			if (a.contains(node)) {
				return true;
			}
		}
		return false;
	}

}
