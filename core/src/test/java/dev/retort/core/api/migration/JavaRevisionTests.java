package dev.retort.core.api.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.HistoryEntry;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.script.Script;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Java revision classes as part of a project: found by package, mixed with SQL files in one graph,
 * checked, checksummed, and refused clearly where they cannot run.
 */
class JavaRevisionTests {

	@DatabaseTest
	void sqlFilesAndJavaClassesFormOneGraph(TestDatabase db) throws SQLException {
		Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:db/javarev/mixed").load();
		assertThat(retort.script("b2").orElseThrow().revision().source()).isEqualTo("db.javarev.mixed.B2AddEmail");
		assertThat(retort.script("c3").orElseThrow().revision().source()).endsWith("db/javarev/mixed/c3_seed.sql");
		retort.upgrade("head");
		assertThat(retort.current()).containsExactly("d4");
		assertThat(retort.history()).extracting(HistoryEntry::revision).containsSubsequence("a1", "b2", "c3", "d4");
		assertThat(OperationsTests.query(db, "SELECT accounts FROM mx_stats")).containsExactly("1");
		assertThat(Schema.of(db).indexes("mx_accounts")).contains("ix_mx_accounts_email [email]");
		retort.downgrade("a1");
		assertThat(Schema.of(db).columns("mx_accounts")).containsOnlyKeys("id", "name");
		assertThat(Schema.of(db).tables()).containsExactly("mx_accounts");
		retort.downgrade("base");
		assertThat(Schema.of(db).tables()).isEmpty();
	}

	@Test
	void checksumCoversClassNameMetadataAndOverride() throws NoSuchAlgorithmException {
		Retort retort = Retort.configure().dialect("h2").locations("classpath:db/javarev/mixed").load();
		assertThat(retort.script("b2").orElseThrow().checksum()).isEqualTo(sha256("class: db.javarev.mixed.B2AddEmail\n"
				+ "revision: b2\ndown_revision: a1\nbranch_labels: \ndepends_on: \nmessage: add email\n"
				+ "create_date: 2026-01-02 00:00:00\ntransactional: true\nchecksum: \n"));
		assertThat(retort.script("d4").orElseThrow().checksum()).isEqualTo(sha256("class: db.javarev.mixed.D4CountAccounts\n"
				+ "revision: d4\ndown_revision: c3\nbranch_labels: \ndepends_on: \nmessage: remember the account count\n"
				+ "create_date: \ntransactional: true\nchecksum: 2\n"));
	}

	@Test
	void classWithoutAnnotationIsRejectedByName() {
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> Retort.configure().dialect("h2").locations("classpath:db/javarev/invalid/noannotation")
				.load()
				.graph())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageContaining("db.javarev.invalid.noannotation.Forgotten implements Migration but has no @Revision");
	}

	@Test
	void classWithoutNoArgumentConstructorIsRejectedByName() {
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> Retort.configure().dialect("h2").locations("classpath:db/javarev/invalid/noctor").load().graph())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageContaining("db.javarev.invalid.noctor.NeedsArgument has no public no-argument constructor");
	}

	@DatabaseTest
	void downgradeThroughAnIrreversibleRevisionFailsBeforeRunningAnything(TestDatabase db) throws SQLException {
		Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:db/javarev/irreversible").load();
		Script first = retort.script("i1").orElseThrow();
		Script second = retort.script("i2").orElseThrow();
		assertThat(first.downgrade()).isPresent();
		assertThat(second.downgrade()).isEmpty();
		retort.upgrade("head");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.downgrade("base"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.IRREVERSIBLE_REVISION))
			.withMessageContaining("Revision i2 (db.javarev.irreversible.I2DropColumn) cannot be downgraded")
			.withMessageContaining("dropColumn(ir_things, b)")
			.withMessageContaining("nothing was run")
			.withMessageContaining("Override downgrade(Operations) in db.javarev.irreversible.I2DropColumn");
		assertThat(retort.current()).containsExactly("i2");
		assertThat(Schema.of(db).tables()).containsExactly("ir_more", "ir_things");
		retort.downgrade("i2-0");
		assertThat(retort.current()).containsExactly("i2");
	}

	@Test
	void jdbcOfflineFailsNamingTheRevision() {
		Retort retort = Retort.configure().dialect("postgresql").locations("classpath:db/javarev/mixed").load();
		assertThat(retort.upgradeSql("a1:c3")).contains("ALTER TABLE mx_accounts ADD email VARCHAR(100);");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgradeSql("c3:d4"))
			.withMessageContaining("Revision d4 (db.javarev.mixed.D4CountAccounts) calls jdbc(), which needs a live database");
	}

	@Test
	void offlineDowngradeRendersTheDerivedInverse() {
		Retort retort = Retort.configure().dialect("mariadb").locations("classpath:db/javarev/mixed").load();
		assertThat(retort.downgradeSql("b2:a1")).contains("DROP INDEX ix_mx_accounts_email ON mx_accounts;\n"
				+ "ALTER TABLE mx_accounts DROP COLUMN email;\n");
	}

	private static String sha256(String text) throws NoSuchAlgorithmException {
		return "sha256:" + HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
