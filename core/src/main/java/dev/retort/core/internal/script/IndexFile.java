package dev.retort.core.internal.script;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The text format of a revision index ({@value #NAME}, one per location folder). UTF-8, one
 * record per line, fields separated by tabs; a tab, line break or backslash inside a field is
 * written {@code \t}, {@code \n}, {@code \r}, {@code \\}; lists are comma-separated. Lines
 * starting with {@code #} are comments.
 *
 * <pre>
 * retort-index	1	&lt;number of revisions&gt;
 * sql	&lt;path&gt;	&lt;size&gt;	&lt;crc32&gt;	&lt;mtime&gt;	&lt;checksum&gt;	&lt;flags&gt;	&lt;id&gt;	&lt;down_revision&gt;	&lt;branch_labels&gt;	&lt;depends_on&gt;	&lt;create_date&gt;	&lt;message&gt;
 * java	&lt;path&gt;	&lt;size&gt;	&lt;crc32&gt;	&lt;mtime&gt;	&lt;class name&gt;	&lt;id&gt;
 * file	&lt;path&gt;	&lt;size&gt;	&lt;crc32&gt;	&lt;mtime&gt;
 * </pre>
 *
 * <p>{@code path} is relative to the folder, with {@code /}; {@code size} in bytes; {@code crc32}
 * in hex, as a jar's central directory records it; {@code mtime} in milliseconds since the epoch;
 * {@code flags} holds {@code t} for a transactional revision and {@code d} for one with a
 * downgrade section ({@code -} for neither). Every file of the folder and its subfolders is listed
 * (hidden files and the index itself excepted), so a file added, removed or changed makes the
 * index stale.
 */
public final class IndexFile {

	/** The file name of the index inside a location folder. */
	public static final String NAME = "retort.index";

	static final String MAGIC = "retort-index";

	static final int FORMAT = 1;

	private IndexFile() {
	}

	enum Kind {

		SQL("sql"), JAVA("java"), FILE("file");

		final String tag;

		Kind(String tag) {
			this.tag = tag;
		}

	}

	/**
	 * One file of the folder. Fields a kind does not use are empty.
	 */
	record Entry(Kind kind, String path, long size, long crc, long modified, String checksum, boolean transactional,
			boolean downgrade, String id, String downRevisions, String branchLabels, String dependsOn, String createDate,
			String message, String className) {

		static Entry file(String path, long size, long crc, long modified) {
			return new Entry(Kind.FILE, path, size, crc, modified, "", false, false, "", "", "", "", "", "", "");
		}

		static Entry java(String path, long size, long crc, long modified, String className, String id) {
			return new Entry(Kind.JAVA, path, size, crc, modified, "", false, false, id, "", "", "", "", "", className);
		}

	}

	static String render(List<Entry> entries) {
		int revisions = (int) entries.stream().filter((entry) -> entry.kind() != Kind.FILE).count();
		StringBuilder out = new StringBuilder(entries.size() * 160);
		out.append("# Retort revision index: written by `retort index` (mvn retort:index); do not edit.\n");
		out.append("# Retort reads it instead of the files while every file below is unchanged.\n");
		out.append(MAGIC).append('\t').append(FORMAT).append('\t').append(revisions).append('\n');
		for (Entry entry : entries) {
			out.append(entry.kind().tag);
			field(out, entry.path());
			out.append('\t').append(entry.size()).append('\t').append(Long.toHexString(entry.crc())).append('\t')
				.append(entry.modified());
			switch (entry.kind()) {
				case SQL -> {
					field(out, entry.checksum());
					String flags = (entry.transactional() ? "t" : "") + (entry.downgrade() ? "d" : "");
					field(out, flags.isEmpty() ? "-" : flags);
					field(out, entry.id());
					field(out, entry.downRevisions());
					field(out, entry.branchLabels());
					field(out, entry.dependsOn());
					field(out, entry.createDate());
					field(out, entry.message());
				}
				case JAVA -> {
					field(out, entry.className());
					field(out, entry.id());
				}
				case FILE -> {
				}
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static void field(StringBuilder out, String value) {
		out.append('\t');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\\' -> out.append("\\\\");
				default -> out.append(c);
			}
		}
	}

	/**
	 * Parse an index.
	 * @param text the index file's text
	 * @return the entries, or {@code null} when the text is not an index of this format (a stale
	 * or foreign file: the caller reads the folder instead)
	 */
	static @Nullable List<Entry> parse(String text) {
		List<Entry> entries = null;
		int pos = 0;
		int length = text.length();
		// where each field of a line starts; one more entry marks the end of the last field
		int[] starts = new int[MAX_FIELDS + 2];
		try {
			while (pos < length) {
				int end = text.indexOf('\n', pos);
				end = (end < 0) ? length : end;
				if (end > pos && text.charAt(pos) != '#') {
					int count = split(text, pos, end, starts);
					if (entries == null) {
						if (count < 3 || !MAGIC.equals(field(text, starts, 0))
								|| !String.valueOf(FORMAT).equals(field(text, starts, 1))) {
							return null;
						}
						entries = new ArrayList<>(Integer.parseInt(field(text, starts, 2)) + 16);
					}
					else {
						Entry entry = entry(text, starts, count);
						if (entry == null) {
							return null;
						}
						entries.add(entry);
					}
				}
				pos = end + 1;
			}
		}
		catch (NumberFormatException ex) {
			return null;
		}
		return entries;
	}

	/** The most fields a line has (an {@code sql} line). */
	private static final int MAX_FIELDS = 13;

	private static @Nullable Entry entry(String text, int[] f, int count) {
		if (count < 5 || count > MAX_FIELDS) {
			return null;
		}
		String path = field(text, f, 1);
		long size = number(text, f, 2, 10);
		long crc = number(text, f, 3, 16);
		long modified = number(text, f, 4, 10);
		if (is(text, f, 0, Kind.SQL.tag)) {
			if (count != 13) {
				return null;
			}
			String flags = field(text, f, 6);
			return new Entry(Kind.SQL, path, size, crc, modified, field(text, f, 5), flags.indexOf('t') >= 0,
					flags.indexOf('d') >= 0, field(text, f, 7), field(text, f, 8), field(text, f, 9), field(text, f, 10),
					field(text, f, 11), field(text, f, 12), "");
		}
		if (is(text, f, 0, Kind.JAVA.tag)) {
			return (count != 7) ? null : Entry.java(path, size, crc, modified, field(text, f, 5), field(text, f, 6));
		}
		if (is(text, f, 0, Kind.FILE.tag)) {
			return (count != 5) ? null : Entry.file(path, size, crc, modified);
		}
		return null;
	}

	/**
	 * Find the fields of the line {@code [from, to)}: field {@code i} is
	 * {@code [starts[i], starts[i + 1] - 1)}.
	 * @return how many fields, or {@code MAX_FIELDS + 1} for more than any line has
	 */
	private static int split(String text, int from, int to, int[] starts) {
		int count = 0;
		int start = from;
		while (true) {
			if (count > MAX_FIELDS) {
				return count;
			}
			starts[count++] = start;
			int tab = text.indexOf('\t', start);
			if (tab < 0 || tab >= to) {
				starts[count] = to + 1;
				return count;
			}
			start = tab + 1;
		}
	}

	private static String field(String text, int[] starts, int i) {
		int from = starts[i];
		int to = starts[i + 1] - 1;
		String raw = text.substring(from, to);
		return (raw.indexOf('\\') >= 0) ? unescape(raw) : raw;
	}

	private static boolean is(String text, int[] starts, int i, String value) {
		int from = starts[i];
		return starts[i + 1] - 1 - from == value.length() && text.startsWith(value, from);
	}

	private static long number(String text, int[] starts, int i, int radix) {
		int from = starts[i];
		int to = starts[i + 1] - 1;
		if (to > from && to - from <= 15) {
			// ASCII digits only, too few to overflow: the value Long.parseLong gives
			long value = 0;
			for (int j = from; j < to; j++) {
				int digit = asciiDigit(text.charAt(j), radix);
				if (digit < 0) {
					return Long.parseLong(field(text, starts, i), radix);
				}
				value = value * radix + digit;
			}
			return value;
		}
		return Long.parseLong(field(text, starts, i), radix);
	}

	private static int asciiDigit(char c, int radix) {
		int digit = (c >= '0' && c <= '9') ? c - '0'
				: (c >= 'a' && c <= 'z') ? c - 'a' + 10 : (c >= 'A' && c <= 'Z') ? c - 'A' + 10 : -1;
		return (digit < radix) ? digit : -1;
	}

	private static String unescape(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '\\' && i + 1 < raw.length()) {
				char next = raw.charAt(++i);
				out.append(switch (next) {
					case 't' -> '\t';
					case 'n' -> '\n';
					case 'r' -> '\r';
					default -> next;
				});
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
