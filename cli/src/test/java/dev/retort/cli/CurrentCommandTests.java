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

}
