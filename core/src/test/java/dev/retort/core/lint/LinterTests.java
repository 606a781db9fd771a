package dev.retort.core.lint;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.retort.core.api.RetortException;
import dev.retort.core.internal.script.SqlRevisionParser;
import dev.retort.core.script.Script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinterTests {

	private static final Script BASE = SqlRevisionParser.parse("db/a1_base.sql", """
			-- revision: a1
			-- migrate:upgrade
			CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100));
			""");

	@Test
	void findingNamesRevisionFileLineStatementRuleCategorySeverityMessageAndFix() {
		Script next = SqlRevisionParser.parse("db/b2_index.sql", """
				-- revision: b2
				-- down_revision: a1
				-- message: index emails

				-- migrate:upgrade
				-- a comment before the statement
				CREATE INDEX users_email_idx
				    ON users (email);

				-- migrate:downgrade
				DROP INDEX users_email_idx;
				""");
		List<Finding> findings = Linter.forDialect("postgresql").lint(List.of(BASE, next));
		assertThat(findings).containsExactly(new Finding("b2", "db/b2_index.sql", 7,
				"CREATE INDEX users_email_idx\n    ON users (email)", "index-without-concurrently", Category.BLOCKING_LOCK,
				Severity.WARNING,
				"CREATE INDEX on existing table 'users' blocks its writes (SHARE lock) until the index is built",
				"Build the index with CREATE INDEX CONCURRENTLY in a revision of its own marked '-- transactional: false'.",
				Optional.empty()));
	}

	@Test
	void pendingLintReadsEarlierRevisionsOnlyForAColumnTypeAndReplaysTheChangesMadeBefore() {
		java.util.concurrent.atomic.AtomicInteger fetched = new java.util.concurrent.atomic.AtomicInteger();
		java.util.function.Supplier<List<Script>> earlier = () -> {
			fetched.incrementAndGet();
			return List.of(BASE);
		};
		Script noType = SqlRevisionParser.parse("db/d4_columns.sql", """
				-- revision: d4
				-- down_revision: a1
				-- migrate:upgrade
				ALTER TABLE users ADD COLUMN note varchar(20);
				ALTER TABLE users RENAME COLUMN email TO mail;
				ALTER TABLE users DROP COLUMN note;
				""");
		assertThat(Linter.forDialect("postgresql").lintPending(List.of(noType), earlier)).extracting(Finding::rule)
			.containsExactly("rename-column", "drop-column");
		assertThat(fetched).hasValue(0);
		Script narrows = SqlRevisionParser.parse("db/e5_narrow.sql", """
				-- revision: e5
				-- down_revision: d4
				-- migrate:upgrade
				ALTER TABLE users ALTER COLUMN mail TYPE varchar(50);
				""");
		List<Finding> findings = Linter.forDialect("postgresql").lintPending(List.of(noType, narrows), earlier);
		assertThat(fetched).hasValue(1);
		assertThat(findings).isEqualTo(Linter.forDialect("postgresql").lint(List.of(BASE, noType, narrows),
				java.util.Set.of("d4", "e5")));
		assertThat(findings).extracting(Finding::rule).contains("narrowing-type");
		assertThat(findings).filteredOn((finding) -> finding.rule().equals("narrowing-type"))
			.extracting(Finding::message)
			.containsExactly("changing column 'mail' of existing table 'users' from varchar(100) to varchar(50) fails"
					+ " (or truncates) when a value does not fit");
	}

	@Test
	void warmUpSampleRunsTheRulesATypicalRevisionMeets() {
		Linter.warmUp();
		assertThat(Linter.forDialect("postgresql").lint(Linter.warmUpSample(), java.util.Set.of("w2")))
			.extracting(Finding::rule)
			.contains("index-without-concurrently", "foreign-key-without-not-valid",
					"rename-column", "alter-column-type", "narrowing-type", "drop-column", "delete-without-where");
		assertThat(Linter.forDialect("mariadb").lint(Linter.warmUpSample(), java.util.Set.of("w2")))
			.extracting(Finding::rule)
			.contains("copy-algorithm", "narrowing-type");
	}

	@Test
	void tableCreatedEarlierInTheSameRevisionIsNewAndAnEarlierRevisionsTableExists() {
		Script both = SqlRevisionParser.parse("db/c3_both.sql", """
				-- revision: c3
				-- down_revision: a1
				-- migrate:upgrade
				CREATE TABLE tags (id bigint PRIMARY KEY, label text);
				CREATE INDEX tags_label_idx ON tags (label);
				CREATE INDEX users_email_idx ON users (email);
				""");
		List<Finding> findings = Linter.forDialect("postgresql").lint(List.of(BASE, both));
		assertThat(findings).extracting(Finding::line, Finding::statement)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(6, "CREATE INDEX users_email_idx ON users (email)"));
	}

	@Test
	void suppressionWithReasonKeepsTheFindingMarkedAndWithoutReasonDoesNotSuppress() {
		Script drops = SqlRevisionParser.parse("db/d4_drop.sql", """
				-- revision: d4
				-- down_revision: a1
				-- migrate:upgrade
				-- retort:lint-ignore drop-table the table moved to another service
				DROP TABLE users;
				-- retort:lint-ignore destructive
				TRUNCATE users;
				""");
		List<Finding> findings = Linter.forDialect("h2").lint(List.of(BASE, drops), java.util.Set.of("d4"));
		assertThat(findings).hasSize(2);
		assertThat(findings.get(0).suppressed()).contains("the table moved to another service");
		assertThat(findings.get(0).atLeast(Severity.WARNING)).isFalse();
		assertThat(findings.get(1).suppressed()).isEmpty();
		assertThat(findings.get(1).message()).endsWith(
				"(the retort:lint-ignore on line 6 is ignored: it gives no reason; write one after 'destructive')");
		assertThat(findings.get(1).atLeast(Severity.WARNING)).isTrue();
		assertThat(findings.get(1).atLeast(Severity.ERROR)).isFalse();
	}

	@Test
	void clientCommandIsAnErrorOnItsOwnLine() {
		Script psql = SqlRevisionParser.parse("db/e5_psql.sql", """
				-- revision: e5
				-- migrate:upgrade
				\\connect other
				CREATE TABLE t (id int);
				""");
		List<Finding> findings = Linter.forDialect("postgresql").lint(List.of(psql));
		assertThat(findings).extracting(Finding::line, Finding::rule, Finding::category, Finding::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "client-command", Category.CLIENT_ONLY,
					Severity.ERROR));
	}

	@Test
	void findingLinesCountCrlfAndLoneCarriageReturnsInFilesWithManyStatements() {
		StringBuilder text = new StringBuilder("-- revision: g7\r\n-- down_revision: a1\r\n-- migrate:upgrade\r\n");
		for (int i = 0; i < 200; i++) {
			text.append("CREATE TABLE t").append(i).append(" (id int);\r\n");
		}
		text.append("\r-- a line ended by a lone carriage return above\r\n");
		text.append("CREATE INDEX users_email_idx ON users (email);\r\n");
		Script crlf = SqlRevisionParser.parse("db/g7_crlf.sql", text.toString());
		List<Finding> findings = Linter.forDialect("postgresql").lint(List.of(BASE, crlf));
		assertThat(findings).extracting(Finding::line, Finding::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(206, "index-without-concurrently"));
	}

	@Test
	void statementTheRulesDoNotRecognizeIsNoFinding() {
		Script odd = SqlRevisionParser.parse("db/f6_odd.sql", """
				-- revision: f6
				-- migrate:upgrade
				CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
				GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader;
				this is not SQL at all ( (( ;
				ALTER TABLE;
				DROP TABLE;
				""");
		assertThat(Linter.forDialect("postgresql").lint(List.of(odd))).isEmpty();
		assertThat(Linter.forDialect("mariadb").lint(List.of(odd))).isEmpty();
	}

	@Test
	void h2HasTheDestructiveAndRenameRulesOnly() {
		Script change = SqlRevisionParser.parse("db/g7_change.sql", """
				-- revision: g7
				-- down_revision: a1
				-- migrate:upgrade
				CREATE INDEX users_email_idx ON users (email);
				ALTER TABLE users ALTER COLUMN email RENAME TO mail;
				ALTER TABLE users DROP COLUMN mail;
				""");
		assertThat(Linter.forDialect("h2").lint(List.of(BASE, change), java.util.Set.of("g7")))
			.extracting(Finding::rule)
			.containsExactly("rename-column", "drop-column");
	}

	@Test
	void unknownDialectIsAClearError() {
		assertThatThrownBy(() -> Linter.forDialect("oracle")).isInstanceOf(RetortException.class)
			.hasMessageContaining("Unsupported dialect 'oracle'");
	}

}
