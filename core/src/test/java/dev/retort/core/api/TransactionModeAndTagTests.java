package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code transaction-per-migration} (issue 22, item 7) and {@code --tag} (item 2) on the three
 * databases: one transaction for the run on PostgreSQL, a notice where DDL commits anyway, tags in
 * the history table, and history tables from before the tag column.
 */
class TransactionModeAndTagTests {

	@TempDir
	Path dir;

	private final List<String> notices = new ArrayList<>();

	private void write(String id, String parents, String header, String upgrade) throws IOException {
		RevisionFiles.write(this.dir, id, parents, header, upgrade, "SELECT 1;");
	}

	/** Two good revisions, then one that fails at its first statement. */
	private void writeFailingChain() throws IOException {
		write("aaaa", "", "", "CREATE TABLE tx_a (id INT);");
		write("bbbb", "aaaa", "", "CREATE TABLE tx_b (id INT);");
		write("cccc", "bbbb", "", "INSERT INTO tx_missing (id) VALUES (1);");
	}

	private Retort retort(TestDatabase db, boolean transactionPerMigration) {
		return Retort.configure()
			.dataSource(db.dataSource())
			.locations("filesystem:" + this.dir)
			.appliedBy("tester")
			.transactionPerMigration(transactionPerMigration)
			.listener(new MigrationListener() {

				@Override
				public void notice(String message) {
					TransactionModeAndTagTests.this.notices.add(message);
				}

			})
			.load();
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void oneTransactionForTheRunRollsBackEveryRevisionOfTheRunOnPostgresql(TestDatabase db) throws Exception {
		writeFailingChain();
		Retort retort = retort(db, false);
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("heads"))
			.withMessageContaining("Revision cccc")
			.withMessageContaining("The run was one transaction (transaction-per-migration=false), so the 2 revisions"
					+ " it ran before this one were rolled back too: aaaa, bbbb.");
		assertThat(RetortEngineTests.tableExists(db, "tx_a")).isFalse();
		assertThat(RetortEngineTests.tableExists(db, "tx_b")).isFalse();
		assertThat(retort.current()).isEmpty();
		assertThat(retort.history()).isEmpty();
		assertThat(this.notices).isEmpty();
		// a run that succeeds commits once at the end
		assertThat(retort.upgrade("bbbb").steps()).hasSize(2);
		assertThat(retort.current()).containsExactly("bbbb");
		assertThat(RetortEngineTests.tableExists(db, "tx_b")).isTrue();
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aNonTransactionalRevisionCommitsWhatRanBeforeItAsAlembicsAutocommitBlockDoes(TestDatabase db)
			throws Exception {
		write("aaaa", "", "", "CREATE TABLE tx_a (id INT);");
		write("bbbb", "aaaa", "-- transactional: false", "CREATE INDEX CONCURRENTLY ix_tx_a ON tx_a (id);");
		write("cccc", "bbbb", "", "CREATE TABLE tx_c (id INT);");
		write("dddd", "cccc", "", "INSERT INTO tx_missing (id) VALUES (1);");
		Retort retort = retort(db, false);
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("heads"))
			.withMessageContaining("the revision it ran before this one was rolled back too: cccc.");
		assertThat(retort.current()).containsExactly("bbbb");
		assertThat(RetortEngineTests.tableExists(db, "tx_a")).isTrue();
		assertThat(RetortEngineTests.tableExists(db, "tx_c")).isFalse();
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void theDefaultCommitsEachRevision(TestDatabase db) throws Exception {
		writeFailingChain();
		Retort retort = retort(db, true);
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("heads"))
			.withMessageNotContaining("one transaction");
		assertThat(retort.current()).containsExactly("bbbb");
		assertThat(RetortEngineTests.tableExists(db, "tx_b")).isTrue();
	}

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void whereDdlCommitsImplicitlyTheRunSaysSoAndEachRevisionStays(TestDatabase db) throws Exception {
		writeFailingChain();
		Retort retort = retort(db, false);
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("heads"))
			.withMessageNotContaining("one transaction");
		assertThat(retort.current()).containsExactly("bbbb");
		assertThat(RetortEngineTests.tableExists(db, "tx_a")).isTrue();
		assertThat(RetortEngineTests.tableExists(db, "tx_b")).isTrue();
		assertThat(this.notices).singleElement()
			.asString()
			.contains("transaction-per-migration=false asks for one transaction for the whole run, but "
					+ db.kind().name().toLowerCase(java.util.Locale.ROOT) + " commits every DDL statement implicitly")
			.contains("a failure leaves the revisions before it applied");
	}

	@DatabaseTest
	void tagsAreRecordedWithEachStepOfUpgradeDowngradeAndStamp(TestDatabase db) throws Exception {
		write("aaaa", "", "", "CREATE TABLE tx_a (id INT);");
		write("bbbb", "aaaa", "", "CREATE TABLE tx_b (id INT);");
		Retort retort = retort(db, true);
		retort.upgrade("heads", "release-1");
		retort.downgrade("aaaa", "rollback");
		retort.stamp(List.of("bbbb"), false, "stamped");
		retort.downgrade("base");
		assertThat(retort.history()).extracting((row) -> row.revision() + " " + row.operation() + " "
				+ row.tag().orElse("-"))
			.containsExactly("aaaa upgrade release-1", "bbbb upgrade release-1", "bbbb downgrade rollback",
					"bbbb stamp stamped", "bbbb downgrade -", "aaaa downgrade -");
	}

	@DatabaseTest
	void aTagLongerThanTheColumnIsRefusedBeforeAnythingRuns(TestDatabase db) throws Exception {
		write("aaaa", "", "", "CREATE TABLE tx_a (id INT);");
		Retort retort = retort(db, true);
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("heads", "x".repeat(256)))
			.withMessageContaining("it must be 1 to 255 characters");
		assertThat(RetortEngineTests.tableExists(db, "tx_a")).isFalse();
	}

	@DatabaseTest
	void aHistoryTableFromBeforeTagsIsReadAsItIsAndGainsTheColumnOnTheNextWrite(TestDatabase db) throws Exception {
		write("aaaa", "", "", "CREATE TABLE tx_a (id INT);");
		write("bbbb", "aaaa", "", "CREATE TABLE tx_b (id INT);");
		Retort retort = retort(db, true);
		retort.upgrade("aaaa", "first");
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE " + historyTable(db) + " DROP COLUMN tag");
		}
		assertThat(retort.history()).singleElement().satisfies((row) -> assertThat(row.tag()).isEmpty());
		retort.upgrade("heads", "second");
		assertThat(retort.history()).extracting((row) -> row.tag().orElse("-")).containsExactly("-", "second");
	}

	private static String historyTable(TestDatabase db) {
		return (db.kind() == DatabaseKind.H2) ? "\"retort_history\"" : "retort_history";
	}

}
