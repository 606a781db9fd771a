package dev.retort.core.internal.script;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text format of the revision index: what {@link IndexFile#render} writes, {@link IndexFile#parse}
 * reads back field for field, and anything else is no index ({@code null}, so the folder is read).
 */
class IndexFileTests {

	private static final IndexFile.Entry SQL = new IndexFile.Entry(IndexFile.Kind.SQL, "sub/a1_first.sql", 123, 0xCAFEBABEL,
			1_700_000_000_123L, "sha256:00ff", true, true, "a1", "", "label_a", "", "2026-12-03 10:00:00",
			"first\trevision\\with \"escapes\"\nand a line", "");

	private static final IndexFile.Entry MERGE = new IndexFile.Entry(IndexFile.Kind.SQL, "b2_merge.sql", 7, 0L, 0L,
			"sha256:11", false, false, "b2", "a1,x9", "", "a1", "", "", "");

	private static final IndexFile.Entry JAVA = IndexFile.Entry.java("com/example/C3.class", 900, 0xFFFFFFFFL, 5L,
			"com.example.C3", "c3");

	private static final IndexFile.Entry FILE = IndexFile.Entry.file("README\tnotes.txt", 0, 1L, 2L);

	@Test
	void parseReadsBackWhatRenderWrote() {
		List<IndexFile.Entry> entries = List.of(SQL, MERGE, JAVA, FILE);
		assertThat(IndexFile.parse(IndexFile.render(entries))).containsExactlyElementsOf(entries);
	}

	@Test
	void parseAcceptsAnIndexWithoutFinalNewlineAndSkipsCommentsAndBlankLines() {
		String text = IndexFile.render(List.of(MERGE, FILE));
		String edited = "# a comment\n\n" + text.substring(0, text.length() - 1);
		assertThat(IndexFile.parse(edited)).containsExactly(MERGE, FILE);
	}

	@Test
	void escapedNumbersReadAsTheirUnescapedText() {
		String text = "retort-index\t1\t0\nfile\tx.txt\t1\\2\tf\t3\n";
		assertThat(IndexFile.parse(text)).containsExactly(IndexFile.Entry.file("x.txt", 12, 15, 3));
	}

	@Test
	void anythingElseIsNoIndex() {
		String header = "retort-index\t1\t1\n";
		assertThat(IndexFile.parse("retort-index\t2\t1\n")).isNull();
		assertThat(IndexFile.parse("something-else\t1\t1\n")).isNull();
		assertThat(IndexFile.parse("retort-index\t1\n")).isNull();
		assertThat(IndexFile.parse(header + "file\tx.txt\t1\t0\n")).isNull();
		assertThat(IndexFile.parse(header + "file\tx.txt\t1\t0\t2\textra\n")).isNull();
		assertThat(IndexFile.parse(header + "file\tx.txt\tone\t0\t2\n")).isNull();
		assertThat(IndexFile.parse(header + "file\tx.txt\t1\tzz\t2\n")).isNull();
		assertThat(IndexFile.parse(header + "files\tx.txt\t1\t0\t2\n")).isNull();
		assertThat(IndexFile.parse(header + "sql\tx.sql\t1\t0\t2\tsha256:1\tt\tx1\t\t\t\t\n")).isNull();
		assertThat(IndexFile.parse(header + "java\tX.class\t1\t0\t2\tX\tx\t\n")).isNull();
		String fifteen = "sql" + "\tf".repeat(14) + "\n";
		assertThat(IndexFile.parse(header + fifteen)).isNull();
	}

}
