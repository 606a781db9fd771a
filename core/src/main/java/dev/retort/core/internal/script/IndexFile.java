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
		List<String> fields = new ArrayList<>(13);
		try {
			while (pos < length) {
				int end = text.indexOf('\n', pos);
				end = (end < 0) ? length : end;
				if (end > pos && text.charAt(pos) != '#') {
					fields.clear();
					split(text, pos, end, fields);
					if (entries == null) {
						if (fields.size() < 3 || !MAGIC.equals(fields.get(0)) || !String.valueOf(FORMAT).equals(fields.get(1))) {
							return null;
						}
						entries = new ArrayList<>(Integer.parseInt(fields.get(2)) + 16);
					}
					else {
						Entry entry = entry(fields);
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

	private static @Nullable Entry entry(List<String> f) {
		if (f.size() < 5) {
			return null;
		}
		String path = f.get(1);
		long size = Long.parseLong(f.get(2));
		long crc = Long.parseLong(f.get(3), 16);
		long modified = Long.parseLong(f.get(4));
		return switch (f.get(0)) {
			case "sql" -> (f.size() != 13) ? null
					: new Entry(Kind.SQL, path, size, crc, modified, f.get(5), f.get(6).indexOf('t') >= 0,
							f.get(6).indexOf('d') >= 0, f.get(7), f.get(8), f.get(9), f.get(10), f.get(11), f.get(12), "");
			case "java" -> (f.size() != 7) ? null : Entry.java(path, size, crc, modified, f.get(5), f.get(6));
			case "file" -> (f.size() != 5) ? null : Entry.file(path, size, crc, modified);
			default -> null;
		};
	}

	private static void split(String text, int from, int to, List<String> fields) {
		int start = from;
		while (true) {
			int tab = text.indexOf('\t', start);
			int end = (tab < 0 || tab > to) ? to : tab;
			String raw = text.substring(start, end);
			fields.add((raw.indexOf('\\') >= 0) ? unescape(raw) : raw);
			if (end == to) {
				return;
			}
			start = end + 1;
		}
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
