package dev.retort.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applied revision files edited, deleted or renamed: {@code validate} reports the recorded and the
 * local checksum and exits non-zero, {@code upgrade} refuses an edited file with both and, for a
 * current revision whose file is gone (what a rolled-back release sees), runs nothing; restoring
 * the file makes both work again.
 */
class TamperingIT {

	private static final Pattern CHECKSUM = Pattern.compile("sha256:[0-9a-f]{64}");

	@TempDir
	Path project;

	private TestDatabase db;

	private Path folder;

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void tamperedRevisionsAreDetectedAndRestoringThemHeals(TestDatabase db) throws Exception {
		this.db = db;
		this.folder = this.project.resolve("revisions");
		List<Path> files = RevisionFiles.chain(this.folder, 4,
				(i) -> "CREATE TABLE t" + i + " (id INT);\nINSERT INTO t" + i + " (id) VALUES (" + i + ");");
		assertThat(cli("upgrade", RevisionFiles.id(3)).status()).isZero();
		int checks = 0;

		// edited: a statement of rev002 changed after it ran
		Path rev2 = files.get(1);
		String original = Files.readString(rev2);
		Files.writeString(rev2, original.replace("VALUES (2)", "VALUES (22)"));
		String applied2 = recordedChecksum(RevisionFiles.id(2));
		RetortJar.Result validate = RetortJar.run(this.project, args("validate"));
		assertThat(validate.status()).isEqualTo(1);
		String local2 = otherChecksum(validate.err(), applied2);
		assertThat(validate.err()).startsWith("FAILED: 1 applied revision(s) changed since they ran:")
			.contains(RevisionFiles.id(2), rev2.getFileName().toString(), "-> Applied to database : " + applied2,
					"-> Resolved locally    : " + local2)
			.doesNotContain("\tat ");
		assertBlocked(RevisionFiles.id(2), applied2, local2);
		checks++;
		Files.writeString(rev2, original);
		assertHealed();

		// deleted: the head rev003's file is gone (rev004 moved away too, since it names rev003 as parent)
		Path rev3 = files.get(2);
		Path rev4 = files.get(3);
		String text3 = Files.readString(rev3);
		String text4 = Files.readString(rev4);
		Files.delete(rev3);
		Files.delete(rev4);
		String applied3 = recordedChecksum(RevisionFiles.id(3));
		RetortJar.Result missing = cli("validate");
		assertThat(missing.status()).isEqualTo(1);
		assertThat(missing.err()).contains(RevisionFiles.id(3) + " (file missing)", "-> Applied to database : " + applied3,
				"-> Resolved locally    : <no file>");
		// a current revision without a file is also what a rolled-back release sees (issue 17): upgrade
		// runs nothing and says why
		RetortJar.Result blocked = cli("upgrade", "heads");
		assertThat(blocked.status()).isZero();
		assertThat(blocked.err()).startsWith("Nothing to upgrade: The database is at revision " + RevisionFiles.id(3))
			.doesNotContain("Running upgrade");
		checks++;
		Files.writeString(rev3, text3);
		Files.writeString(rev4, text4);
		assertHealed();

		// renamed: the same id and content under another slug is the same revision; a new id in the
		// header is a deleted revision plus a new one, and a name that no longer starts with the id is refused
		Path renamed = rev3.resolveSibling(RevisionFiles.id(3) + "_another_slug.sql");
		Files.move(rev3, renamed);
		assertThat(cli("validate").status()).isZero();
		Files.move(renamed, rev3);
		Path wrongName = rev3.resolveSibling("renamed_" + rev3.getFileName());
		Files.move(rev3, wrongName);
		RetortJar.Result badName = cli("validate");
		assertThat(badName.status()).isEqualTo(1);
		assertThat(badName.err()).startsWith("FAILED: ").contains(wrongName.getFileName().toString(),
				"does not start with the revision id");
		Files.move(wrongName, rev3);
		Files.delete(rev4);
		Path newId = rev3.resolveSibling("rev003b_step_3.sql");
		Files.writeString(newId, text3.replace("-- revision: rev003", "-- revision: rev003b"));
		Files.delete(rev3);
		RetortJar.Result reIdentified = cli("upgrade", "heads");
		assertThat(reIdentified.status()).isZero();
		assertThat(reIdentified.err()).startsWith("Nothing to upgrade: The database is at revision " + RevisionFiles.id(3))
			.doesNotContain("Running upgrade");
		RetortJar.Result reIdentifiedValidate = cli("validate");
		assertThat(reIdentifiedValidate.status()).isEqualTo(1);
		assertThat(reIdentifiedValidate.err()).contains(RevisionFiles.id(3) + " (file missing)", applied3, "<no file>");
		checks++;
		Files.delete(newId);
		Files.writeString(rev3, text3);
		Files.writeString(rev4, text4);
		assertHealed();

		RetortJar.Result upgrade = cli("upgrade", "heads");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(upgrade.err()).contains("Running upgrade rev003 -> rev004");
		try (Connection connection = db.connection()) {
			assertThat(DatabaseState.query(connection, "SELECT id FROM t4")).containsExactly("4");
			assertThat(DatabaseState.query(connection, "SELECT id FROM t2")).containsExactly("2");
		}
		Figures.record("TamperingIT", db + ": edited, deleted and renamed (3 ways) applied revisions: " + checks
				+ "/3 detected by validate (exit 1, both checksums); upgrade refuses an edited file and runs nothing"
				+ " for a missing one, restored files validate and"
				+ " upgrade again");
	}

	private void assertBlocked(String revision, String applied, String local) throws Exception {
		DatabaseState before = DatabaseState.of(this.db);
		RetortJar.Result upgrade = cli("upgrade", "heads");
		assertThat(upgrade.status()).isEqualTo(1);
		assertThat(upgrade.err()).startsWith("FAILED: Validate failed: 1 applied revision differs")
			.contains("Revision " + revision, "-> Applied to database : " + applied, "-> Resolved locally    : " + local)
			.doesNotContain("Running upgrade", "\tat ");
		assertThat(DatabaseState.of(this.db)).isEqualTo(before);
	}

	private void assertHealed() {
		RetortJar.Result validate = cli("validate");
		assertThat(validate.status()).as(validate.err()).isZero();
		assertThat(validate.out()).isEqualTo("All applied revisions match their files.\n");
	}

	private String recordedChecksum(String revision) throws Exception {
		try (Connection connection = this.db.connection()) {
			List<String> rows = DatabaseState.query(connection,
					"SELECT checksum FROM retort_history WHERE revision = '" + revision + "' AND operation = 'upgrade'");
			assertThat(rows).hasSize(1);
			assertThat(rows.get(0)).matches(CHECKSUM);
			return rows.get(0);
		}
	}

	private static String otherChecksum(String text, String known) {
		Matcher matcher = CHECKSUM.matcher(text);
		while (matcher.find()) {
			if (!matcher.group().equals(known)) {
				return matcher.group();
			}
		}
		throw new AssertionError("no second checksum in " + text);
	}

	private RetortJar.Result cli(String... command) {
		return InProcess.run(this.project, args(command));
	}

	private String[] args(String... command) {
		List<String> args = new ArrayList<>(List.of("--url", this.db.jdbcUrl(), "--user", this.db.user()));
		if (!this.db.password().isEmpty()) {
			args.addAll(List.of("--password", this.db.password()));
		}
		args.addAll(List.of("--locations", "filesystem:" + this.folder));
		args.addAll(List.of(command));
		return args.toArray(String[]::new);
	}

}
