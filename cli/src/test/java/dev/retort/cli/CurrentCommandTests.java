package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.graph.RevisionHeader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CurrentCommand#allCurrent}: the revisions {@code current} prints.
 */
class CurrentCommandTests {

	@Test
	void longChainAtItsHeadShowsOnlyTheHead() {
		List<RevisionHeader> revisions = new ArrayList<>();
		revisions.add(RevisionHeader.of("r0001"));
		for (int k = 2; k <= 3000; k++) {
			revisions.add(RevisionHeader.of(String.format("r%04d", k), String.format("r%04d", k - 1)));
		}
		RevisionGraph graph = RevisionGraph.of(revisions);
		assertThat(CurrentCommand.allCurrent(graph, List.of("r3000"))).extracting(RevisionHeader::id)
			.containsExactly("r3000");
		assertThat(CurrentCommand.allCurrent(graph, List.of("r1500"))).extracting(RevisionHeader::id)
			.containsExactly("r1500");
	}

	@Test
	void branchesShowEachRowThatNoOtherRowDescendsFrom() {
		// a <- b <- c (branch one), a <- d (branch two), e depends on b
		RevisionGraph graph = RevisionGraph.of(List.of(RevisionHeader.of("aaaa"), RevisionHeader.of("bbbb", "aaaa"),
				RevisionHeader.of("cccc", "bbbb"), RevisionHeader.of("dddd", "aaaa"),
				new RevisionHeader("eeee", List.of(), List.of(), List.of("bbbb"), "", "", "<memory>")));
		assertThat(CurrentCommand.allCurrent(graph, List.of("cccc", "dddd"))).extracting(RevisionHeader::id)
			.containsExactlyInAnyOrder("cccc", "dddd");
		// a row that another row descends from is dropped
		assertThat(CurrentCommand.allCurrent(graph, List.of("bbbb", "cccc"))).extracting(RevisionHeader::id)
			.containsExactly("cccc");
		// a dependency is needed, but no down_revision: it shows as a row of its own
		assertThat(CurrentCommand.allCurrent(graph, List.of("eeee"))).extracting(RevisionHeader::id)
			.containsExactlyInAnyOrder("bbbb", "eeee");
		assertThat(CurrentCommand.allCurrent(graph, List.of("eeee", "cccc"))).extracting(RevisionHeader::id)
			.containsExactlyInAnyOrder("cccc", "eeee");
	}

	@Test
	void randomGraphsGiveTheRowsNoOtherOneDescendsFromInTheGraphsOrder() {
		java.util.Random random = new java.util.Random(17);
		for (int round = 0; round < 300; round++) {
			List<RevisionHeader> revisions = new ArrayList<>();
			int size = 2 + random.nextInt(25);
			for (int k = 0; k < size; k++) {
				List<String> down = new ArrayList<>();
				List<String> depends = new ArrayList<>();
				for (int parent = 0; parent < k; parent++) {
					if (random.nextInt(k + 1) == 0 && down.size() < 2) {
						down.add(String.format("r%03d", parent));
					}
					else if (random.nextInt(4 * k + 1) == 0) {
						depends.add(String.format("r%03d", parent));
					}
				}
				depends.removeAll(down);
				revisions.add(new RevisionHeader(String.format("r%03d", k), down, List.of(), depends, "", "", "<memory>"));
			}
			RevisionGraph graph = RevisionGraph.of(revisions);
			List<String> current = new ArrayList<>();
			for (RevisionHeader revision : revisions) {
				if (random.nextInt(4) == 0) {
					current.add(revision.id());
				}
			}
			assertThat(CurrentCommand.allCurrent(graph, current)).as("round %d, current %s", round, current)
				.isEqualTo(byDefinition(graph, current));
		}
	}

	/** The closure of the rows, then those without a child (by down_revision) in it, in the graph's order. */
	private static List<RevisionHeader> byDefinition(RevisionGraph graph, List<String> current) {
		java.util.Set<String> closure = new java.util.HashSet<>();
		java.util.Deque<String> work = new java.util.ArrayDeque<>(current);
		while (!work.isEmpty()) {
			RevisionHeader revision = graph.get(work.pop());
			if (closure.add(revision.id())) {
				work.addAll(revision.downRevisions());
				work.addAll(revision.dependsOn());
			}
		}
		return graph.revisions().stream()
			.filter((revision) -> closure.contains(revision.id()))
			.filter((revision) -> graph.nextRevisions(revision.id()).stream().noneMatch(closure::contains))
			.toList();
	}

}
