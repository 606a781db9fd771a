package dev.retort.core.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties every plan must have, checked on seeded random graphs with branches, merges, several
 * bases and cross-branch dependencies.
 */
class RandomGraphPropertyTests {

	private static final int GRAPHS = 60;

	@Test
	void upgradeHeadsRunsEveryRevisionOnceAfterItsParentsAndDependencies() {
		for (int seed = 1; seed <= GRAPHS; seed++) {
			List<RevisionHeader> revisions = randomGraph(seed, 20 + seed % 40);
			RevisionGraph graph = RevisionGraph.of(revisions);
			Plan plan = graph.upgrade(List.of(), "heads");
			assertThat(Revisions.ran(plan)).as("seed %d", seed).doesNotHaveDuplicates().hasSize(revisions.size());
			Map<String, Integer> position = positions(plan);
			for (RevisionHeader revision : revisions) {
				for (String parent : requirements(revision)) {
					assertThat(position.get(parent)).as("seed %d: %s before %s", seed, parent, revision.id())
						.isLessThan(position.get(revision.id()));
				}
			}
		}
	}

	@Test
	void upgradeHeadsEndsAtTheRealHeads() {
		for (int seed = 1; seed <= GRAPHS; seed++) {
			RevisionGraph graph = RevisionGraph.of(randomGraph(seed, 20 + seed % 40));
			Plan plan = graph.upgrade(List.of(), "heads");
			assertThat(plan.headsAfter()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(graph.realHeads());
			assertThat(graph.upgrade(plan.headsAfter(), "heads").isEmpty()).as("seed %d", seed).isTrue();
		}
	}

	@Test
	void downgradeToBaseUndoesEveryRevisionOnceBeforeItsParentsAndDependencies() {
		for (int seed = 1; seed <= GRAPHS; seed++) {
			List<RevisionHeader> revisions = randomGraph(seed, 20 + seed % 40);
			RevisionGraph graph = RevisionGraph.of(revisions);
			Plan up = graph.upgrade(List.of(), "heads");
			Plan down = graph.downgrade(up.headsAfter(), "base");
			assertThat(Revisions.ran(down)).as("seed %d", seed).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(Revisions.ran(up));
			assertThat(down.headsAfter()).as("seed %d", seed).isEmpty();
			Map<String, Integer> position = positions(down);
			for (RevisionHeader revision : revisions) {
				for (String parent : requirements(revision)) {
					assertThat(position.get(parent)).as("seed %d: %s after %s", seed, parent, revision.id())
						.isGreaterThan(position.get(revision.id()));
				}
			}
		}
	}

	@Test
	void everyStepKeepsTheVersionTableConsistent() {
		for (int seed = 1; seed <= GRAPHS; seed++) {
			RevisionGraph graph = RevisionGraph.of(randomGraph(seed, 20 + seed % 40));
			Plan up = graph.upgrade(List.of(), "heads");
			replay(up);
			replay(graph.downgrade(up.headsAfter(), "base"));
		}
	}

	@Test
	void partialDowngradeThenUpgradeReturnsToTheHeads() {
		Random random = new Random(99);
		for (int seed = 1; seed <= GRAPHS; seed++) {
			List<RevisionHeader> revisions = randomGraph(seed, 20 + seed % 40);
			RevisionGraph graph = RevisionGraph.of(revisions);
			List<String> top = graph.upgrade(List.of(), "heads").headsAfter();
			String target = revisions.get(random.nextInt(revisions.size())).id();
			Plan down = graph.downgrade(top, target);
			replay(down);
			assertThat(Revisions.ran(down)).as("seed %d", seed).doesNotContain(target);
			Plan back = graph.upgrade(down.headsAfter(), "heads");
			replay(back);
			assertThat(Revisions.ran(back)).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(Revisions.ran(down));
			assertThat(back.headsAfter()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(top);
		}
	}

	@Test
	void historyListsEveryRevisionChildrenFirst() {
		for (int seed = 1; seed <= GRAPHS; seed++) {
			List<RevisionHeader> revisions = randomGraph(seed, 20 + seed % 40);
			RevisionGraph graph = RevisionGraph.of(revisions);
			List<String> history = Revisions.ids(graph.revisions());
			assertThat(history).as("seed %d", seed).doesNotHaveDuplicates().hasSize(revisions.size());
			Map<String, Integer> position = new HashMap<>();
			for (int i = 0; i < history.size(); i++) {
				position.put(history.get(i), i);
			}
			for (RevisionHeader revision : revisions) {
				for (String parent : requirements(revision)) {
					assertThat(position.get(parent)).isGreaterThan(position.get(revision.id()));
				}
			}
		}
	}

	/** Applies a plan's version updates to a simulated table, failing on any row that is not where expected. */
	private static void replay(Plan plan) {
		Set<String> rows = new HashSet<>(plan.headsBefore());
		for (Step step : plan.steps()) {
			for (VersionUpdate update : step.versionUpdates()) {
				if (update instanceof VersionUpdate.Insert insert) {
					assertThat(rows.add(insert.revision())).as("insert %s", insert).isTrue();
				}
				else if (update instanceof VersionUpdate.Delete delete) {
					assertThat(rows.remove(delete.revision())).as("delete %s", delete).isTrue();
				}
				else if (update instanceof VersionUpdate.Update change) {
					assertThat(rows.remove(change.from())).as("update %s", change).isTrue();
					assertThat(rows.add(change.to())).as("update %s", change).isTrue();
				}
			}
		}
		assertThat(rows).containsExactlyInAnyOrderElementsOf(plan.headsAfter());
	}

	private static Map<String, Integer> positions(Plan plan) {
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < plan.steps().size(); i++) {
			position.put(plan.steps().get(i).revision().id(), i);
		}
		return position;
	}

	private static List<String> requirements(RevisionHeader revision) {
		List<String> all = new ArrayList<>(revision.downRevisions());
		all.addAll(revision.dependsOn());
		return all;
	}

	/**
	 * A random graph: a few bases, branches off any revision, merges of two tips, and dependencies
	 * on revisions that are not already ancestors (Alembic itself cannot plan a merge that also
	 * depends on an ancestor of one of its parents).
	 */
	static List<RevisionHeader> randomGraph(long seed, int size) {
		Random random = new Random(seed);
		List<RevisionHeader> revisions = new ArrayList<>();
		Map<String, Set<String>> ancestors = new HashMap<>();
		Set<String> tips = new HashSet<>();
		for (int i = 0; i < size; i++) {
			String id = String.format("r%03d%08x", i, random.nextInt());
			List<String> down = new ArrayList<>();
			List<String> tipList = new ArrayList<>(tips);
			tipList.sort(null);
			if (i >= 3 && random.nextInt(4) != 0) {
				if (tipList.size() >= 2 && random.nextInt(5) == 0) {
					int first = random.nextInt(tipList.size());
					int second = (first + 1 + random.nextInt(tipList.size() - 1)) % tipList.size();
					down.add(tipList.get(first));
					down.add(tipList.get(second));
				}
				else if (random.nextInt(4) == 0) {
					down.add(revisions.get(random.nextInt(revisions.size())).id());
				}
				else {
					down.add(tipList.get(random.nextInt(tipList.size())));
				}
			}
			Set<String> mine = new HashSet<>();
			for (String parent : down) {
				mine.add(parent);
				mine.addAll(ancestors.get(parent));
			}
			List<String> dependsOn = new ArrayList<>();
			if (i > 3 && random.nextInt(6) == 0) {
				String dep = revisions.get(random.nextInt(revisions.size())).id();
				if (!mine.contains(dep)) {
					dependsOn.add(dep);
					mine.add(dep);
					mine.addAll(ancestors.get(dep));
				}
			}
			ancestors.put(id, mine);
			tips.removeAll(down);
			tips.add(id);
			revisions.add(new RevisionHeader(id, down, List.of(), dependsOn, "", "", "random/" + id + ".sql"));
		}
		return revisions;
	}

}
