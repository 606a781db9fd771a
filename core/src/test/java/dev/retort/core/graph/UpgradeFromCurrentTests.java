package dev.retort.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.retort.core.api.RetortException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upgrades that start from a revision already in the version table. Planning an upgrade to the
 * one revision the table already holds (a start with nothing pending) skips collecting ancestors;
 * these tests hold that shortcut to what the general collection gives for every other start: the
 * plan runs exactly the target and its ancestors that are not the start or below it.
 */
class UpgradeFromCurrentTests {

	@Test
	void upgradeFromEveryRevisionToEveryDescendantRunsWhatLiesBetween() {
		for (int seed = 1; seed <= 30; seed++) {
			List<RevisionHeader> revisions = RandomGraphPropertyTests.randomGraph(seed, 15 + seed % 20);
			RevisionGraph graph = RevisionGraph.of(revisions);
			Map<String, Set<String>> below = closures(revisions);
			for (RevisionHeader start : revisions) {
				for (RevisionHeader target : revisions) {
					if (!below.get(target.id()).contains(start.id())) {
						continue;
					}
					Plan plan = graph.upgrade(List.of(start.id()), target.id());
					Set<String> expected = new HashSet<>(below.get(target.id()));
					expected.removeAll(below.get(start.id()));
					assertThat(Revisions.ran(plan)).as("seed %d: %s -> %s", seed, start.id(), target.id())
						.doesNotHaveDuplicates()
						.containsExactlyInAnyOrderElementsOf(expected);
					if (start == target) {
						assertThat(plan.isEmpty()).isTrue();
						assertThat(plan.headsBefore()).containsExactly(start.id());
						assertThat(plan.headsAfter()).containsExactly(start.id());
					}
				}
			}
		}
	}

	@Test
	void upgradeHeadsAtTheOnlyHeadIsEmptyOnALongChain() {
		List<RevisionHeader> chain = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			chain.add((i == 0) ? Revisions.rev("c0") : Revisions.rev("c" + i, "c" + (i - 1)));
		}
		RevisionGraph graph = RevisionGraph.of(chain);
		assertThat(graph.upgrade(List.of("c1999"), "heads").isEmpty()).isTrue();
		assertThat(graph.upgrade(List.of("c1999"), "head").isEmpty()).isTrue();
		assertThat(Revisions.ran(graph.upgrade(List.of("c1997"), "heads"))).containsExactly("c1998", "c1999");
		assertThat(Revisions.ran(graph.upgrade(List.of(), "heads"))).hasSize(2_000).startsWith("c0", "c1");
	}

	@Test
	void upgradeAtTheTargetStillRefusesATargetThatIsNotAbove() {
		RevisionGraph graph = RevisionGraph.of(
				List.of(Revisions.rev("a1"), Revisions.rev("b1", "a1"), Revisions.rev("c1", "a1")));
		assertThat(graph.upgrade(List.of("b1"), "b1").isEmpty()).isTrue();
		assertThat(graph.upgrade(List.of("b1"), "c1").headsAfter()).containsExactlyInAnyOrder("b1", "c1");
		assertThatThrownBy(() -> graph.upgrade(List.of("b1"), "nope")).isInstanceOf(RetortException.class);
	}

	/** Each revision with everything it needs: itself, its parents and dependencies, transitively. */
	private static Map<String, Set<String>> closures(List<RevisionHeader> revisions) {
		Map<String, RevisionHeader> byId = new HashMap<>();
		revisions.forEach((revision) -> byId.put(revision.id(), revision));
		Map<String, Set<String>> closures = new HashMap<>();
		for (RevisionHeader revision : revisions) {
			Set<String> seen = new HashSet<>();
			Deque<String> todo = new ArrayDeque<>(List.of(revision.id()));
			while (!todo.isEmpty()) {
				String id = todo.pop();
				if (seen.add(id)) {
					todo.addAll(byId.get(id).downRevisions());
					todo.addAll(byId.get(id).dependsOn());
				}
			}
			closures.put(revision.id(), seen);
		}
		return closures;
	}

}
