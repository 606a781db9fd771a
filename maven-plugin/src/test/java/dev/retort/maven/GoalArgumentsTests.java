package dev.retort.maven;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The command lines the goals hand to the CLI, and the log lines its output becomes. What the
 * goals do in a build is {@code MavenPluginIT}'s (integration-tests).
 */
class GoalArgumentsTests {

	@Test
	void upgradeGoesToHeadsByDefault() throws MojoExecutionException {
		assertThat(new UpgradeMojo().command()).containsExactly("upgrade", "heads");
	}

	@Test
	void upgradeOptionsFollowTheTarget() throws MojoExecutionException {
		UpgradeMojo upgrade = new UpgradeMojo();
		upgrade.target = " ae10 ";
		upgrade.sql = true;
		upgrade.tag = "release-7";
		upgrade.ignoreChecksums = true;
		assertThat(upgrade.command()).containsExactly("upgrade", "ae10", "--sql", "--tag", "release-7", "--ignore-checksums");
	}

	@Test
	void stampTakesSeveralCommaSeparatedTargets() throws MojoExecutionException {
		StampMojo stamp = goal(new StampMojo(), "stamp");
		stamp.target = "a1, b2";
		stamp.purge = true;
		assertThat(stamp.command()).containsExactly("stamp", "a1", "b2", "--purge");
	}

	@Test
	void downgradeWithoutTargetNamesTheProperty() {
		DowngradeMojo downgrade = goal(new DowngradeMojo(), "downgrade");
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(downgrade::command)
			.withMessage("retort:downgrade needs <target> in the plugin's configuration or -Dretort.target, e.g."
					+ " -Dretort.target=-1");
	}

	@Test
	void plainRevisionNeedsNoClassPath() throws MojoExecutionException {
		RevisionMojo revision = new RevisionMojo();
		revision.message = "add email";
		revision.revId = "c3";
		assertThat(revision.command()).containsExactly("revision", "--message", "add email", "--rev-id", "c3");
	}

	@Test
	void lintPassesRangeAndFormat() throws MojoExecutionException {
		LintMojo lint = new LintMojo();
		lint.range = "ae10:heads";
		lint.format = "sarif";
		assertThat(lint.command()).containsExactly("lint", "ae10:heads", "--format", "sarif", "--fail-on", "error");
		assertThat(lint.failureListsOutput()).isFalse();
	}

	@Test
	void indexWritesIntoTheOutputDirectory() throws MojoExecutionException {
		IndexMojo index = new IndexMojo();
		index.outputDirectory = "/work/shop/target/classes";
		assertThat(index.command()).containsExactly("index", "--output-dir", "/work/shop/target/classes");
	}

	@Test
	void outputBecomesOneLogLinePerLine() {
		List<String> lines = new ArrayList<>();
		try (PrintStream out = LogLines.to(lines::add)) {
			out.print("a1 (head)\nRunning upgrade  -> a1, create\r\nno newline");
			out.println();
			out.print("last");
		}
		assertThat(lines).containsExactly("a1 (head)", "Running upgrade  -> a1, create", "no newline", "last");
	}

	private static <T extends RetortMojo> T goal(T mojo, String goal) {
		MojoDescriptor descriptor = new MojoDescriptor();
		descriptor.setGoal(goal);
		mojo.mojoExecution = new MojoExecution(descriptor);
		return mojo;
	}

}
