package dev.retort.core.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

import static dev.retort.core.graph.Revisions.ids;
import static dev.retort.core.graph.Revisions.labelled;
import static dev.retort.core.graph.Revisions.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every target form {@link RevisionGraph#resolve} and {@link RevisionGraph#get} accept, on two
 * independent labelled branches ({@code shop}, {@code blog}) and on a linear history.
 */
class TargetResolutionTests {

	private final RevisionGraph twoBranches = RevisionGraph.of(List.of(labelled("shop0001", "shop"),
			rev("shop0002", "shop0001"), rev("shop0003", "shop0002"), labelled("blog0001", "blog"),
			rev("blog0002", "blog0001")));

	private final RevisionGraph linear = RevisionGraph.of(List.of(rev("ae1027a6acf0"), rev("1975ea83b712", "ae1027a6acf0"),
			rev("27c6a30d7c24", "1975ea83b712")));

	private List<String> resolve(RevisionGraph graph, String target) {
		return ids(graph.resolve(target, List.of()));
	}

	private RetortException failure(RevisionGraph graph, String target) {
		return catchThrowableOfType(RetortException.class, () -> graph.resolve(target, List.of()));
	}

	@Test
	void headOnALinearHistoryIsTheSingleHead() {
		assertThat(resolve(this.linear, "head")).containsExactly("27c6a30d7c24");
	}

	@Test
	void headWithSeveralHeadsNamesTheArgument() {
		RetortException ex = failure(this.twoBranches, "head");
		assertThat(ex.code()).isEqualTo(ErrorCode.MULTIPLE_HEADS);
		assertThat(ex.getMessage()).isEqualTo("Multiple head revisions are present for given argument 'head'; please "
				+ "specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' "
				+ "for all heads");
	}

	@Test
	void headsListsEveryRealHead() {
		assertThat(resolve(this.twoBranches, "heads")).containsExactly("shop0003", "blog0002");
	}

	@Test
	void baseIsNoRevision() {
		assertThat(resolve(this.twoBranches, "base")).isEmpty();
	}

	@Test
	void fullIdAndUniquePrefixResolve() {
		assertThat(resolve(this.linear, "1975ea83b712")).containsExactly("1975ea83b712");
		assertThat(resolve(this.linear, "1975")).containsExactly("1975ea83b712");
		assertThat(this.linear.get("27c6")).isEqualTo(this.linear.find("27c6a30d7c24").orElseThrow());
	}

	@Test
	void shortPrefixesResolveTooAsInAlembic() {
		// Alembic only asks the matched ids to be longer than three characters, not the prefix
		assertThat(resolve(this.linear, "19")).containsExactly("1975ea83b712");
		RetortException ex = failure(this.linear, "zz");
		assertThat(ex.code()).isEqualTo(ErrorCode.REVISION_NOT_FOUND);
		assertThat(ex.getMessage()).isEqualTo("Can't locate revision identified by 'zz'");
	}

	@Test
	void ambiguousPrefixListsTheCandidatesInGet() {
		RetortException ex = catchThrowableOfType(RetortException.class, () -> this.twoBranches.get("shop000"));
		assertThat(ex.code()).isEqualTo(ErrorCode.AMBIGUOUS_REVISION);
		assertThat(ex.getMessage()).isEqualTo("Multiple revisions start with 'shop000': 'shop0001', 'shop0002', "
				+ "'shop0003'...");
	}

	@Test
	void ambiguousPrefixInATargetIsReportedAsAlembicsCommandsDo() {
		RetortException ex = failure(this.twoBranches, "shop000");
		assertThat(ex.code()).isEqualTo(ErrorCode.AMBIGUOUS_REVISION);
		assertThat(ex.getMessage()).isEqualTo("Can't locate revision identified by 'shop000'");
	}

	@Test
	void unknownRevisionIsNotFound() {
		assertThat(failure(this.linear, "deadbeef").getMessage())
			.isEqualTo("Can't locate revision identified by 'deadbeef'");
		assertThat(catchThrowableOfType(RetortException.class, () -> this.linear.get("deadbeef")).code())
			.isEqualTo(ErrorCode.REVISION_NOT_FOUND);
	}

	@Test
	void branchLabelResolvesToTheLabelledRevision() {
		assertThat(this.twoBranches.get("shop").id()).isEqualTo("shop0001");
		assertThat(resolve(this.twoBranches, "blog")).containsExactly("blog0001");
	}

	@Test
	void labelAtHeadIsTheBranchHead() {
		assertThat(resolve(this.twoBranches, "shop@head")).containsExactly("shop0003");
		assertThat(resolve(this.twoBranches, "blog@heads")).containsExactly("blog0002");
	}

	@Test
	void labelAtBaseIsNoRevision() {
		assertThat(resolve(this.twoBranches, "shop@base")).isEmpty();
	}

	@Test
	void labelAtIdChecksMembership() {
		assertThat(resolve(this.twoBranches, "shop@shop0002")).containsExactly("shop0002");
		assertThat(failure(this.twoBranches, "shop@blog0002").getMessage())
			.isEqualTo("Can't locate revision identified by 'blog0002'");
	}

	@Test
	void unknownBranchIsNotFound() {
		assertThat(failure(this.twoBranches, "nope@head").getMessage())
			.isEqualTo("Can't locate revision identified by 'nope'");
	}

	@Test
	void minusNWalksDownFromEveryHead() {
		assertThat(resolve(this.linear, "-1")).containsExactly("1975ea83b712");
		assertThat(resolve(this.twoBranches, "-1")).containsExactly("shop0002", "blog0001");
		assertThat(resolve(this.linear, "-3")).isEmpty();
	}

	@Test
	void labelMinusNWalksDownTheBranch() {
		assertThat(resolve(this.twoBranches, "shop@-2")).containsExactly("shop0001");
	}

	@Test
	void minusNPastTheBaseIsRefused() {
		assertThat(failure(this.linear, "-4").code()).isEqualTo(ErrorCode.INVALID_TARGET);
	}

	@Test
	void plusNIsNotARevisionForResolve() {
		// Alembic's get_revisions only knows -N; +N is for upgrade and downgrade
		assertThat(failure(this.linear, "+1").getMessage()).isEqualTo("Can't locate revision identified by '+1'");
	}

	@Test
	void branchLabelsSpreadAlongTheBranch() {
		assertThat(this.twoBranches.branchLabels("shop0003")).containsExactly("shop");
		assertThat(this.twoBranches.branchLabels("blog0002")).containsExactly("blog");
		RevisionGraph midBranch = RevisionGraph.of(List.of(rev("m0000001"), rev("m0000002", "m0000001"),
				labelled("m0000003", "feat", "m0000002"), rev("m0000004", "m0000003")));
		// a plain line: the label reaches down to the base as well
		assertThat(midBranch.branchLabels("m0000001")).containsExactly("feat");
		RevisionGraph branched = RevisionGraph.of(List.of(rev("m0000001"), rev("m0000002", "m0000001"),
				labelled("m0000003", "feat", "m0000002"), rev("m0000005", "m0000002")));
		// below a branch point the label stops
		assertThat(branched.branchLabels("m0000002")).isEmpty();
		assertThat(branched.branchLabels("m0000005")).isEmpty();
	}

	@Test
	void graphShapeQueries() {
		RevisionGraph graph = RevisionGraph.of(List.of(rev("aaaa"), rev("bbbb", "aaaa"), rev("cccc", "aaaa"),
				rev("dddd", "bbbb", "cccc")));
		assertThat(graph.bases()).containsExactly("aaaa");
		assertThat(graph.heads()).containsExactly("dddd");
		assertThat(graph.nextRevisions("aaaa")).containsExactly("bbbb", "cccc");
		assertThat(graph.isBranchPoint("aaaa")).isTrue();
		assertThat(graph.isMergePoint("dddd")).isTrue();
		assertThat(graph.isMergePoint("bbbb")).isFalse();
		assertThat(ids(graph.revisions())).containsExactly("dddd", "bbbb", "cccc", "aaaa");
		assertThat(graph.find("bbb")).isEmpty();
	}

}
