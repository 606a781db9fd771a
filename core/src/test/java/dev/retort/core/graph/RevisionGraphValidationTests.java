package dev.retort.core.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

import static dev.retort.core.graph.Revisions.depending;
import static dev.retort.core.graph.Revisions.labelled;
import static dev.retort.core.graph.Revisions.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every way {@link RevisionGraph#of} refuses a set of revisions, and what it says.
 */
class RevisionGraphValidationTests {

	private static RetortException failure(RevisionHeader... revisions) {
		return org.assertj.core.api.Assertions.catchThrowableOfType(RetortException.class,
				() -> RevisionGraph.of(List.of(revisions)));
	}

	@Test
	void duplicateIdNamesBothFiles() {
		RetortException ex = failure(rev("a1b2"), new RevisionHeader("a1b2", List.of(), List.of(), List.of(), "", "",
				"versions/a1b2_copy.sql"));
		assertThat(ex.code()).isEqualTo(ErrorCode.DUPLICATE_REVISION);
		assertThat(ex.getMessage()).startsWith("Revision a1b2 is present more than once")
			.contains("versions/a1b2.sql")
			.contains("versions/a1b2_copy.sql")
			.contains("new revision id");
	}

	@Test
	void unknownDownRevisionUsesAlembicWordingAndNamesTheFile() {
		RetortException ex = failure(rev("a1b2"), rev("c3d4", "zzzz"));
		assertThat(ex.code()).isEqualTo(ErrorCode.UNKNOWN_DOWN_REVISION);
		assertThat(ex.getMessage()).startsWith("Revision zzzz referenced from c3d4 is not present")
			.contains("versions/c3d4.sql");
	}

	@Test
	void unknownDependencyIsReported() {
		RetortException ex = failure(rev("a1b2"), depending("c3d4", List.of("nope"), "a1b2"));
		assertThat(ex.code()).isEqualTo(ErrorCode.UNKNOWN_DEPENDENCY);
		assertThat(ex.getMessage()).startsWith("Revision nope referenced from c3d4 is not present")
			.contains("depends_on in versions/c3d4.sql");
	}

	@Test
	void dependencyMayNameALabelOrAUniquePrefix() {
		RevisionGraph graph = RevisionGraph.of(List.of(labelled("core0001", "core"), rev("core0002", "core0001"),
				depending("plug0001", List.of("core")), depending("plug0002", List.of("core0002"), "plug0001"),
				rev("auth7777"), depending("plug0003", List.of("auth7"), "plug0002")));
		assertThat(Revisions.ran(graph.upgrade(List.of(), "plug0001"))).containsExactly("core0001", "plug0001");
		assertThat(graph.realHeads()).containsExactly("plug0003");
		assertThat(Revisions.ran(graph.upgrade(List.of("plug0002"), "plug0003"))).containsExactly("auth7777",
				"plug0003");
	}

	@Test
	void ambiguousDependencyPrefixIsUnknown() {
		RetortException ex = failure(rev("core0001"), rev("core0002", "core0001"),
				depending("plug0001", List.of("core"), "core0002"));
		assertThat(ex.code()).isEqualTo(ErrorCode.UNKNOWN_DEPENDENCY);
	}

	@Test
	void cycleThroughDownRevisionsIsDetected() {
		RetortException ex = failure(rev("aaaa", "cccc"), rev("bbbb", "aaaa"), rev("cccc", "bbbb"), rev("dddd"));
		assertThat(ex.code()).isEqualTo(ErrorCode.CYCLE);
		assertThat(ex.getMessage()).startsWith("Cycle is detected in revisions (aaaa, bbbb, cccc)")
			.contains("versions/aaaa.sql");
	}

	@Test
	void cycleAlembicMissesIsStillDetected() {
		// head -> x -> y -> x, and x also reaches a base: Alembic's own check passes this graph
		RetortException ex = failure(rev("base"), rev("xxxx", "yyyy", "base"), rev("yyyy", "xxxx"),
				rev("head", "xxxx"));
		assertThat(ex.code()).isEqualTo(ErrorCode.CYCLE);
		assertThat(ex.getMessage()).startsWith("Cycle is detected in revisions (").contains("xxxx").contains("yyyy");
	}

	@Test
	void dependencyCycleIsDetected() {
		RetortException ex = failure(depending("aaaa", List.of("bbbb")), depending("bbbb", List.of("aaaa")));
		assertThat(ex.code()).isEqualTo(ErrorCode.CYCLE);
		assertThat(ex.getMessage()).startsWith("Dependency cycle is detected in revisions (aaaa, bbbb)");
	}

	@Test
	void selfLoopIsACycle() {
		assertThat(failure(rev("aaaa", "aaaa")).getMessage())
			.startsWith("Self-loop is detected in revisions (aaaa)");
		assertThat(failure(depending("aaaa", List.of("aaaa"))).getMessage())
			.startsWith("Dependency self-loop is detected in revisions (aaaa)");
	}

	@Test
	void branchLabelUsedTwiceIsRefused() {
		RetortException ex = failure(labelled("aaaa", "shop"), labelled("bbbb", "shop", "aaaa"));
		assertThat(ex.code()).isEqualTo(ErrorCode.DUPLICATE_BRANCH_LABEL);
		assertThat(ex.getMessage()).startsWith("Branch name 'shop' in revision bbbb already used by revision aaaa")
			.contains("versions/bbbb.sql");
	}

	@Test
	void branchLabelEqualToARevisionIdIsRefused() {
		RetortException ex = failure(rev("aaaa"), labelled("bbbb", "aaaa", "aaaa"));
		assertThat(ex.code()).isEqualTo(ErrorCode.DUPLICATE_BRANCH_LABEL);
		assertThat(ex.getMessage()).startsWith("Branch name 'aaaa' in revision bbbb already used by revision aaaa");
	}

	@Test
	void revisionIdWithIllegalCharactersIsRefused() {
		for (String id : List.of("ab-cd", "ab@cd", "ab+cd", "ab cd", "ab,cd", "")) {
			assertThatExceptionOfType(RetortException.class).isThrownBy(() -> RevisionGraph.of(List.of(rev(id))))
				.satisfies(ex -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_ID))
				.withMessageContaining("'" + id + "'")
				.withMessageContaining("versions/" + id + ".sql");
		}
	}

	@Test
	void branchLabelWithIllegalCharactersIsRefused() {
		RetortException ex = failure(labelled("aaaa", "my@label"));
		assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_ID);
		assertThat(ex.getMessage()).contains("Branch label 'my@label'");
	}

	@Test
	void emptyGraphHasNothing() {
		RevisionGraph graph = RevisionGraph.of(List.of());
		assertThat(graph.heads()).isEmpty();
		assertThat(graph.revisions()).isEmpty();
		assertThat(graph.upgrade(List.of(), "heads").isEmpty()).isTrue();
		assertThat(graph.resolve("head", List.of())).isEmpty();
	}

}
