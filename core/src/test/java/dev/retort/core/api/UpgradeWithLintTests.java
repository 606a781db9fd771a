package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.lint.Finding;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link Retort#upgradeLinted(String, java.util.function.Consumer)}, the start-up lint's way in: the
 * findings of what is about to run, before it runs, from the read that found it pending.
 */
class UpgradeWithLintTests {

	@TempDir
	Path dir;

	private void write(String id, String parent, String upgrade) throws IOException {
		RevisionFiles.write(this.dir, id, parent, "", upgrade, "SELECT 1;");
	}

	private Retort retort(TestDatabase db) {
		return Retort.configure().dataSource(db.dataSource()).locations("filesystem:" + this.dir).load();
	}

	@DatabaseTest
	void findingsOfThePendingRevisionsComeBeforeTheyRunAndEqualLintPending(TestDatabase db) throws IOException {
		write("aaaa", "", "CREATE TABLE lint_users (id INT NOT NULL PRIMARY KEY, email VARCHAR(100));");
		Retort retort = retort(db);
		retort.upgrade("aaaa");
		write("bbbb", "aaaa", "CREATE INDEX lint_users_email ON lint_users (email);\nDROP TABLE lint_users;");
		Retort next = retort(db);
		List<Finding> expected = next.lintPending("heads");
		assertThat(expected).isNotEmpty();
		List<List<Finding>> seen = new ArrayList<>();
		MigrationResult result = next.upgradeLinted("heads", (findings) -> {
			// nothing of bbbb has run yet
			assertThat(next.current()).containsExactly("aaaa");
			seen.add(findings);
		});
		assertThat(seen).containsExactly(expected);
		assertThat(result.steps()).hasSize(1);
		assertThat(next.current()).containsExactly("bbbb");
	}

	@DatabaseTest
	void aThrowingCheckRunsNothingAndNothingPendingCallsNoCheck(TestDatabase db) throws IOException {
		write("aaaa", "", "CREATE TABLE lint_orders (id INT NOT NULL PRIMARY KEY);");
		write("bbbb", "aaaa", "DROP TABLE lint_orders;");
		Retort retort = retort(db);
		assertThatIllegalStateException().isThrownBy(() -> retort.upgradeLinted("heads", (findings) -> {
			throw new IllegalStateException("refused: " + findings.size());
		})).withMessage("refused: 1");
		assertThat(retort.current()).isEmpty();
		assertThat(RetortEngineTests.tableExists(db, "lint_orders")).isFalse();

		retort.upgrade("heads");
		List<List<Finding>> seen = new ArrayList<>();
		MigrationResult result = retort.upgradeLinted("heads", seen::add);
		assertThat(result.steps()).isEmpty();
		assertThat(seen).as("nothing pending: no lint").isEmpty();
	}

}
