package dev.retort.core.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.VersionUpdate.Delete;
import dev.retort.core.graph.VersionUpdate.Insert;
import dev.retort.core.graph.VersionUpdate.Update;

import static dev.retort.core.graph.Revisions.depending;
import static dev.retort.core.graph.Revisions.ids;
import static dev.retort.core.graph.Revisions.labelled;
import static dev.retort.core.graph.Revisions.ran;
import static dev.retort.core.graph.Revisions.rev;
import static dev.retort.core.graph.Revisions.withMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Upgrade, downgrade, stamp and history plans: the steps, their log lines, the version-table rows
 * each step changes, and the heads left behind.
 */
class PlanTests {

	private final RevisionGraph linear = RevisionGraph.of(List.of(withMessage("aaaa", "create account"),
			withMessage("bbbb", "add email", "aaaa"), rev("cccc", "bbbb"), rev("dddd", "cccc")));

	/** a -> b -> (c1, c2) -> m -> d */
	private final RevisionGraph merged = RevisionGraph.of(List.of(rev("aaaa"), rev("bbbb", "aaaa"),
			rev("c1c1", "bbbb"), rev("c2c2", "bbbb"), rev("mmmm", "c1c1", "c2c2"), rev("dddd", "mmmm")));

	private final RevisionGraph twoBranches = RevisionGraph.of(List.of(labelled("shop0001", "shop"),
			rev("shop0002", "shop0001"), rev("shop0003", "shop0002"), labelled("blog0001", "blog"),
			rev("blog0002", "blog0001")));

	private static RetortException failure(Runnable action) {
		return catchThrowableOfType(RetortException.class, action::run);
	}

	@Test
	void upgradeFromEmptyInsertsThenUpdates() {
		Plan plan = this.linear.upgrade(List.of(), "heads");
		assertThat(ran(plan)).containsExactly("aaaa", "bbbb", "cccc", "dddd");
		assertThat(plan.steps().get(0).versionUpdates()).containsExactly(new Insert("aaaa"));
		assertThat(plan.steps().get(1).versionUpdates()).containsExactly(new Update("aaaa", "bbbb"));
		assertThat(plan.headsBefore()).isEmpty();
		assertThat(plan.headsAfter()).containsExactly("dddd");
	}

	@Test
	void stepsDescribeThemselvesAsAlembicLogsThem() {
		Plan up = this.linear.upgrade(List.of(), "bbbb");
		assertThat(up.steps()).extracting(Step::describe)
			.containsExactly("upgrade  -> aaaa, create account", "upgrade aaaa -> bbbb, add email");
		Plan down = this.linear.downgrade(List.of("bbbb"), "base");
		assertThat(down.steps()).extracting(Step::describe)
			.containsExactly("downgrade bbbb -> aaaa, add email", "downgrade aaaa -> , create account");
	}

	@Test
	void upgradeRelativeSteps() {
		assertThat(ran(this.linear.upgrade(List.of("aaaa"), "+2"))).containsExactly("bbbb", "cccc");
		assertThat(ran(this.linear.upgrade(List.of(), "+1"))).containsExactly("aaaa");
		assertThat(ran(this.linear.upgrade(List.of(), "bbbb+1"))).containsExactly("aaaa", "bbbb", "cccc");
		assertThat(ran(this.linear.upgrade(List.of(), "dddd-2"))).containsExactly("aaaa", "bbbb");
	}

	@Test
	void upgradePastTheHeadIsRefused() {
		RetortException ex = failure(() -> this.linear.upgrade(List.of("cccc"), "+2"));
		assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_TARGET);
		assertThat(ex.getMessage()).isEqualTo("Relative revision +2 didn't produce 2 migrations");
		assertThat(failure(() -> this.linear.upgrade(List.of("cccc"), "-1")).getMessage())
			.isEqualTo("Relative revision -1 didn't produce 1 migrations");
	}

	@Test
	void upgradeToHeadWithSeveralHeadsNamesTheTarget() {
		RetortException ex = failure(() -> this.twoBranches.upgrade(List.of(), "head"));
		assertThat(ex.code()).isEqualTo(ErrorCode.MULTIPLE_HEADS);
		assertThat(ex.getMessage()).startsWith("Multiple head revisions are present for given argument 'head'; ");
	}

	@Test
	void upgradeOneBranchByLabel() {
		Plan plan = this.twoBranches.upgrade(List.of(), "blog@head");
		assertThat(ran(plan)).containsExactly("blog0001", "blog0002");
		assertThat(plan.headsAfter()).containsExactly("blog0002");
		Plan more = this.twoBranches.upgrade(List.of("blog0002"), "shop@+1");
		assertThat(ran(more)).containsExactly("shop0001");
		assertThat(more.steps().get(0).versionUpdates()).containsExactly(new Insert("shop0001"));
		assertThat(more.headsAfter()).containsExactly("blog0002", "shop0001");
	}

	@Test
	void upgradeHeadsOpensEachBranchWithAnInsert() {
		Plan plan = this.twoBranches.upgrade(List.of(), "heads");
		// Alembic's order: the later branch in revision-map order runs first
		assertThat(ran(plan)).containsExactly("blog0001", "blog0002", "shop0001", "shop0002", "shop0003");
		assertThat(plan.steps().get(2).versionUpdates()).containsExactly(new Insert("shop0001"));
		assertThat(plan.headsAfter()).containsExactlyInAnyOrder("shop0003", "blog0002");
	}

	@Test
	void mergeDeletesOneParentRowAndUpdatesTheOther() {
		Plan plan = this.merged.upgrade(List.of("c1c1", "c2c2"), "mmmm");
		Step merge = plan.steps().get(0);
		assertThat(merge.fromRevisions()).containsExactly("c1c1", "c2c2");
		assertThat(merge.versionUpdates()).hasSize(2);
		assertThat(merge.versionUpdates().get(0)).isInstanceOf(Delete.class);
		assertThat(merge.versionUpdates().get(1)).isInstanceOf(Update.class);
		assertThat(((Update) merge.versionUpdates().get(1)).to()).isEqualTo("mmmm");
		assertThat(plan.headsAfter()).containsExactly("mmmm");
	}

	@Test
	void upgradeThroughABranchAndItsMerge() {
		Plan plan = this.merged.upgrade(List.of(), "heads");
		assertThat(ran(plan)).containsExactly("aaaa", "bbbb", "c2c2", "c1c1", "mmmm", "dddd");
		assertThat(plan.steps().get(3).versionUpdates()).containsExactly(new Insert("c1c1"));
		assertThat(plan.headsAfter()).containsExactly("dddd");
	}

	@Test
	void downgradeThroughAMergeUnmergesWithAnInsert() {
		Plan plan = this.merged.downgrade(List.of("mmmm"), "c1c1");
		Step unmerge = plan.steps().get(0);
		assertThat(unmerge.describe()).isEqualTo("downgrade mmmm -> c1c1, c2c2");
		assertThat(unmerge.versionUpdates()).hasSize(2);
		assertThat(unmerge.versionUpdates().get(0)).isInstanceOf(Insert.class);
		assertThat(unmerge.versionUpdates().get(1)).isInstanceOf(Update.class);
		assertThat(plan.headsAfter()).containsExactlyInAnyOrder("c1c1", "c2c2");
	}

	@Test
	void relativeDowngradeFromAMergeIsAmbiguous() {
		RetortException ex = failure(() -> this.merged.downgrade(List.of("mmmm"), "-1"));
		assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_TARGET);
		assertThat(ex.getMessage()).isEqualTo("Ambiguous walk");
	}

	@Test
	void downgradeToBaseDeletesTheLastRow() {
		Plan plan = this.merged.downgrade(List.of("dddd"), "base");
		assertThat(ran(plan)).containsExactly("dddd", "mmmm", "c1c1", "c2c2", "bbbb", "aaaa");
		assertThat(plan.steps().get(2).versionUpdates()).containsExactly(new Delete("c1c1"));
		assertThat(plan.steps().get(5).versionUpdates()).containsExactly(new Delete("aaaa"));
		assertThat(plan.headsAfter()).isEmpty();
	}

	@Test
	void downgradeRelativeSteps() {
		assertThat(ran(this.linear.downgrade(List.of("dddd"), "-2"))).containsExactly("dddd", "cccc");
		assertThat(this.linear.downgrade(List.of("dddd"), "-2").headsAfter()).containsExactly("bbbb");
		assertThat(ran(this.linear.downgrade(List.of("dddd"), "bbbb"))).containsExactly("dddd", "cccc");
		assertThat(ran(this.linear.downgrade(List.of("dddd"), "dddd-3"))).containsExactly("dddd", "cccc", "bbbb");
	}

	@Test
	void downgradePastTheBaseIsRefused() {
		assertThat(failure(() -> this.linear.downgrade(List.of("aaaa"), "-2")).getMessage())
			.isEqualTo("Relative revision -2 didn't produce 2 migrations");
		assertThat(failure(() -> this.linear.downgrade(List.of(), "-1")).getMessage())
			.isEqualTo("Relative revision -1 didn't produce 1 migrations");
		assertThat(failure(() -> this.linear.downgrade(List.of("cccc"), "+1")).getMessage())
			.isEqualTo("Relative revision +1 didn't produce 1 migrations");
	}

	@Test
	void downgradeToARevisionAboveTheCurrentOneIsRefused() {
		RetortException ex = failure(() -> this.linear.downgrade(List.of("bbbb"), "dddd"));
		assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_PLAN);
		assertThat(ex.getMessage()).isEqualTo("Destination dddd is not a valid downgrade target from current head(s)");
	}

	@Test
	void downgradeToTheCurrentRevisionDoesNothing() {
		assertThat(this.linear.downgrade(List.of("bbbb"), "bbbb").isEmpty()).isTrue();
	}

	@Test
	void downgradeOneBranchLeavesTheOther() {
		List<String> both = List.of("shop0003", "blog0002");
		Plan plan = this.twoBranches.downgrade(both, "shop@base");
		assertThat(ran(plan)).containsExactly("shop0003", "shop0002", "shop0001");
		assertThat(plan.steps().get(2).versionUpdates()).containsExactly(new Delete("shop0001"));
		assertThat(plan.headsAfter()).containsExactly("blog0002");
		assertThat(ran(this.twoBranches.downgrade(both, "blog@-1"))).containsExactly("blog0002");
		assertThat(this.twoBranches.downgrade(both, "shop0001").headsAfter()).containsExactly("shop0001", "blog0002");
	}

	@Test
	void upgradePullsInDependenciesFromAnotherBranch() {
		RevisionGraph graph = RevisionGraph.of(List.of(labelled("aaa00001", "alpha"), rev("aaa00002", "aaa00001"),
				labelled("bbb00001", "beta"), depending("bbb00002", List.of("aaa00002"), "bbb00001")));
		Plan plan = graph.upgrade(List.of(), "beta@head");
		assertThat(ran(plan)).containsExactly("aaa00001", "aaa00002", "bbb00001", "bbb00002");
		// Alembic prints the down_revision only; the dependency row is merged away
		assertThat(plan.steps().get(3).describe()).isEqualTo("upgrade bbb00001 -> bbb00002");
		assertThat(plan.headsAfter()).containsExactly("bbb00002");
		assertThat(graph.realHeads()).containsExactly("bbb00002");
		assertThat(graph.heads()).containsExactly("aaa00002", "bbb00002");
	}

	@Test
	void downgradeTakesDependentsDownFirst() {
		RevisionGraph graph = RevisionGraph.of(List.of(labelled("aaa00001", "alpha"), rev("aaa00002", "aaa00001"),
				labelled("bbb00001", "beta"), depending("bbb00002", List.of("aaa00002"), "bbb00001")));
		Plan plan = graph.downgrade(List.of("bbb00002"), "aaa00001");
		assertThat(ran(plan)).containsExactly("bbb00002", "aaa00002");
		assertThat(plan.headsAfter()).containsExactlyInAnyOrder("bbb00001", "aaa00001");
	}

	@Test
	void stampMovesRowsWithoutRunning() {
		Plan fromEmpty = this.linear.stamp(List.of(), List.of("cccc"), false);
		assertThat(fromEmpty.steps()).singleElement().satisfies(step -> {
			assertThat(step.operation()).isEqualTo(Step.Operation.STAMP);
			assertThat(step.versionUpdates()).containsExactly(new Insert("cccc"));
		});
		Plan down = this.linear.stamp(List.of("dddd"), List.of("bbbb"), false);
		assertThat(down.steps().get(0).versionUpdates()).containsExactly(new Update("dddd", "bbbb"));
		Plan base = this.linear.stamp(List.of("dddd"), List.of("base"), false);
		assertThat(base.steps().get(0).versionUpdates()).containsExactly(new Delete("dddd"));
		assertThat(base.headsAfter()).isEmpty();
		assertThat(this.linear.stamp(List.of("dddd"), List.of("dddd"), false).isEmpty()).isTrue();
	}

	@Test
	void stampWithPurgeStartsFromAnEmptyTable() {
		Plan plan = this.linear.stamp(List.of("cccc"), List.of("bbbb"), true);
		assertThat(plan.headsBefore()).isEmpty();
		assertThat(plan.steps().get(0).versionUpdates()).containsExactly(new Insert("bbbb"));
		assertThat(plan.headsAfter()).containsExactly("bbbb");
	}

	@Test
	void stampSeveralBranchHeads() {
		Plan plan = this.twoBranches.stamp(List.of(), List.of("shop0002", "blog0001"), false);
		assertThat(plan.headsAfter()).containsExactly("shop0002", "blog0001");
		assertThat(failure(() -> this.twoBranches.stamp(List.of(), List.of("head"), false)).getMessage())
			.isEqualTo("Multiple heads are present; please specify a single target revision");
	}

	@Test
	void historyRanges() {
		assertThat(ids(this.linear.walk("base", "heads", List.of()))).containsExactly("dddd", "cccc", "bbbb", "aaaa");
		assertThat(ids(this.linear.walk("bbbb", "cccc", List.of()))).containsExactly("cccc", "bbbb");
		assertThat(ids(this.linear.walk("current", "heads", List.of("cccc")))).containsExactly("dddd", "cccc");
		assertThat(ids(this.linear.walk("", "current", List.of("bbbb")))).containsExactly("bbbb", "aaaa");
		assertThat(ids(this.linear.walk("cccc", "", List.of()))).containsExactly("dddd", "cccc");
	}

	@Test
	void historyRangeAcrossBranchesIsRefused() {
		RetortException ex = failure(() -> this.twoBranches.walk("shop0001", "blog0002", List.of()));
		assertThat(ex.getMessage()).isEqualTo("Requested range shop0001:blog0002 does not refer to "
				+ "ancestor/descendant revisions along the same branch");
	}

	@Test
	void upgradeFromAnUnknownCurrentRevisionIsNotFound() {
		assertThat(failure(() -> this.linear.upgrade(List.of("ffff0000"), "heads")).getMessage())
			.isEqualTo("Can't locate revision identified by 'ffff0000'");
	}

	@Test
	void mergeDependingOnAnAncestorOfItsParentIsRefusedAsAlembicFails() {
		// test for an Alembic 1.8.1 KeyError in HeadMaintainer: the merge lists an ancestor as dependency
		RevisionGraph graph = RevisionGraph.of(List.of(rev("aaaa"), rev("bbbb", "aaaa"), rev("cccc", "aaaa"),
				depending("mmmm", List.of("aaaa"), "bbbb", "cccc")));
		RetortException ex = failure(() -> graph.upgrade(List.of(), "heads"));
		assertThat(ex.getMessage()).contains("revision mmmm").contains("remove aaaa from its depends_on");
	}

}
