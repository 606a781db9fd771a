package dev.retort.core.script;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.internal.script.SqlRevisionParser;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionFileWriterTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

	private final RevisionFileWriter writer = new RevisionFileWriter(CLOCK);

	@Test
	void rendersHeadersInFormatOrderAndPlaceholderSections() {
		RevisionHeader revision = new RevisionHeader("ae1027a6acf0", List.of("1975ea83b712"), List.of(), List.of(),
				"add email column", "", "ignored");
		assertThat(this.writer.render(revision)).isEqualTo("""
				-- revision: ae1027a6acf0
				-- down_revision: 1975ea83b712
				-- branch_labels:
				-- depends_on:
				-- message: add email column
				-- create_date: 2026-03-04 05:06:07

				-- migrate:upgrade
				-- Write the upgrade statements here, each ending with ;

				-- migrate:downgrade
				-- Write the statements that undo the upgrade here. Without a '-- migrate:downgrade'
				-- section the revision cannot be downgraded.
				""");
	}

	@Test
	void createDateUsesTheClockZone() {
		RevisionFileWriter paris = new RevisionFileWriter(CLOCK.withZone(ZoneId.of("Europe/Paris")));
		assertThat(paris.render(RevisionHeader.of("a1"))).contains("-- create_date: 2026-03-04 06:06:07\n");
	}

	@Test
	void rendersMergesLabelsDependenciesAndStatements() {
		RevisionHeader revision = new RevisionHeader("c3", List.of("a1", "b2"), List.of("shop"), List.of("d4", "e5"),
				"merge\nheads  ", "2020-01-01 00:00:00", "ignored");
		String text = this.writer.render(revision, List.of("CREATE TABLE t (id INT)", "INSERT INTO t VALUES (1)"),
				List.of("DROP TABLE t"));
		assertThat(text).startsWith("""
				-- revision: c3
				-- down_revision: a1, b2
				-- branch_labels: shop
				-- depends_on: d4, e5
				-- message: merge heads
				-- create_date: 2020-01-01 00:00:00
				""").endsWith("""
				-- migrate:upgrade
				CREATE TABLE t (id INT);
				INSERT INTO t VALUES (1);

				-- migrate:downgrade
				DROP TABLE t;
				""");
	}

	@Test
	void renderedFilesParseBackToTheSameRevision() {
		RevisionHeader revision = new RevisionHeader("c3", List.of("a1", "b2"), List.of("shop"), List.of("d4"), "merge heads", "",
				"db/revisions/c3_merge_heads.sql");
		Script script = SqlRevisionParser.parse("db/revisions/" + RevisionFileWriter.fileName("c3", "merge heads"),
				this.writer.render(revision, List.of("SELECT 1"), List.of()));
		assertThat(script.revision()).isEqualTo(new RevisionHeader("c3", List.of("a1", "b2"), List.of("shop"), List.of("d4"),
				"merge heads", "2026-03-04 05:06:07", "db/revisions/c3_merge_heads.sql"));
		assertThat(((SqlBody) script.upgrade()).statements()).containsExactly("SELECT 1");
		assertThat(script.downgrade()).as("placeholder downgrade is an empty, reversible section")
			.map((body) -> ((SqlBody) body).statements()).contains(List.of());
		assertThat(SqlRevisionParser.parse("x/a1.sql", this.writer.render(RevisionHeader.of("a1"))).revision().isBase()).isTrue();
	}

	@Test
	void slugLowercasesAndCollapsesSeparators() {
		assertThat(RevisionFileWriter.slug("Add E-mail column to  users!")).isEqualTo("add_e_mail_column_to_users");
		assertThat(RevisionFileWriter.slug("  __create__ table  ")).isEqualTo("create_table");
		assertThat(RevisionFileWriter.slug("Füge Spalte hinzu")).isEqualTo("füge_spalte_hinzu");
		assertThat(RevisionFileWriter.slug("?!")).isEmpty();
	}

	@Test
	void slugIsCutAtAWordBoundaryWithinFortyCharacters() {
		// 41 characters: the cut falls inside "column"
		assertThat(RevisionFileWriter.slug("add the optional email address and column"))
			.isEqualTo("add_the_optional_email_address_and");
		// a word ending exactly at 40 stays
		assertThat(RevisionFileWriter.slug("aaaaaaaaa bbbbbbbbb ccccccccc dddddddddd eee"))
			.isEqualTo("aaaaaaaaa_bbbbbbbbb_ccccccccc_dddddddddd");
		// one long word is cut hard
		assertThat(RevisionFileWriter.slug("x".repeat(50))).isEqualTo("x".repeat(40));
	}

	@Test
	void fileNameIsIdAndSlug() {
		assertThat(RevisionFileWriter.fileName("ae1027a6acf0", "Add email column"))
			.isEqualTo("ae1027a6acf0_add_email_column.sql");
		assertThat(RevisionFileWriter.fileName("ae1027a6acf0", "")).isEqualTo("ae1027a6acf0.sql");
	}

	@Test
	void newRevisionIdsAreTwelveLowercaseHexCharacters() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String id = RevisionFileWriter.newRevisionId();
			assertThat(id).matches("[0-9a-f]{12}");
			ids.add(id);
		}
		assertThat(ids).hasSize(1000);
	}

}
