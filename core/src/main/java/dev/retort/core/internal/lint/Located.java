package dev.retort.core.internal.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.retort.core.script.SqlBody;

/**
 * A statement with its place in the file. {@link #locate} gives each statement the splitter cut its
 * line in the file, and reads the lines before its first SQL word: {@code -- retort:lint-ignore}
 * comments, and client commands (lines starting with a backslash, such as psql's
 * {@code \connect}), which the splitter keeps as part of the statement that follows them.
 *
 * @param text the statement from its first SQL word (or the client command line)
 * @param line its line in the file; 0 when unknown
 * @param meta whether it is a client command line
 * @param suppressions the lint-ignore comments before it
 */
record Located(String text, int line, boolean meta, List<Located.Suppression> suppressions) {

	static final String IGNORE = "retort:lint-ignore";

	static List<Located> locate(List<String> statements, Optional<SqlBody.SourceText> source) {
		// no lambdas or method references here: the Spring Boot start-up lint runs this once per JVM
		List<Located> located = new ArrayList<>();
		String text = source.isPresent() ? source.get().text() : "";
		int firstLine = source.isPresent() ? source.get().firstLine() : 0;
		int cursor = 0;
		int cursorLine = firstLine;
		// once per file: searching the rest of the text for a carriage return at each statement made a large
		// file quadratic (a 349-table first revision: 3,376 statements over 470 KB)
		boolean carriageReturns = text.indexOf('\r') >= 0;
		for (String statement : statements) {
			int at = source.isPresent() ? text.indexOf(statement, cursor) : -1;
			int line = 0;
			if (at >= 0) {
				cursorLine += newlines(text, cursor, at, carriageReturns);
				cursor = at;
				line = cursorLine;
			}
			read(statement, line, located, source.isEmpty());
		}
		if (source.isPresent()) {
			located.addAll(clientCommands(source.get()));
			sortByLine(located);
		}
		return located;
	}

	/**
	 * The client command lines of a section: lines starting with a backslash, outside the data of
	 * {@code COPY ... FROM stdin} (which ends at a {@code \.} line).
	 */
	static List<Located> clientCommands(SqlBody.SourceText source) {
		if (source.text().indexOf('\\') < 0) {
			return List.of();
		}
		List<Located> commands = new ArrayList<>();
		boolean copyData = false;
		int line = source.firstLine();
		String text = source.text();
		boolean carriageReturns = text.indexOf('\r') >= 0;
		int pos = 0;
		while (pos <= text.length()) {
			int end = Sql.endOfLine(text, pos, carriageReturns);
			String stripped = text.substring(pos, end).strip();
			if (copyData) {
				copyData = !stripped.equals("\\.");
			}
			else if (stripped.startsWith("\\") && !stripped.equals("\\.")) {
				commands.add(new Located(stripped, line, true, List.of()));
			}
			else if (isCopyFromStdin(stripped)) {
				copyData = true;
			}
			if (end >= text.length()) {
				break;
			}
			pos = end + ((text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') ? 2 : 1);
			line++;
		}
		return commands;
	}

	private static boolean isCopyFromStdin(String line) {
		String upper = line.toUpperCase(Locale.ROOT);
		return upper.startsWith("COPY ") && upper.contains("FROM STDIN");
	}

	/** Split one statement into its leading comments and client commands and its SQL. */
	private static void read(String statement, int firstLine, List<Located> out, boolean clientCommands) {
		@Nullable List<Suppression> suppressions = null;
		int pos = 0;
		int line = firstLine;
		int n = statement.length();
		boolean carriageReturns = statement.indexOf('\r') >= 0;
		while (pos < n) {
			int end = Sql.endOfLine(statement, pos, carriageReturns);
			String lineText = statement.substring(pos, end);
			String content = lineText.strip();
			if (content.startsWith("/*")) {
				int close = Sql.skipBlockComment(statement.toCharArray(), statement.indexOf("/*", pos));
				line += newlines(statement, pos, close, carriageReturns);
				pos = close;
				continue;
			}
			if (content.startsWith("--")) {
				Optional<Suppression> suppression = suppression(content, line);
				if (suppression.isPresent()) {
					if (suppressions == null) {
						suppressions = new ArrayList<>();
					}
					suppressions.add(suppression.get());
				}
			}
			else if (content.startsWith("\\") && !content.equals("\\.")) {
				if (clientCommands) {
					out.add(new Located(content, (firstLine > 0) ? line : 0, true, List.of()));
				}
			}
			else if (!content.isEmpty()) {
				int code = pos + (lineText.length() - lineText.stripLeading().length());
				out.add(new Located(statement.substring(code), (firstLine > 0) ? line : 0, false,
						(suppressions != null) ? List.copyOf(suppressions) : List.of()));
				return;
			}
			if (end >= n) {
				return;
			}
			pos = end + ((statement.charAt(end) == '\r' && end + 1 < n && statement.charAt(end + 1) == '\n') ? 2 : 1);
			line++;
		}
	}

	/**
	 * Sort by line, stably; a statement not found in its section keeps line 0 and sorts first. The
	 * comparator's class is loaded only when the statements are out of order (client commands).
	 */
	private static void sortByLine(List<Located> located) {
		for (int i = 1; i < located.size(); i++) {
			if (located.get(i - 1).line() > located.get(i).line()) {
				located.sort(new ByLine());
				return;
			}
		}
	}

	/** {@code -- retort:lint-ignore <rule-or-category> <reason>}. */
	private static Optional<Suppression> suppression(String comment, int line) {
		String body = comment.substring(2).strip();
		if (!body.startsWith(IGNORE)) {
			return Optional.empty();
		}
		String rest = body.substring(IGNORE.length()).strip();
		int space = rest.indexOf(' ');
		String key = (space < 0) ? rest : rest.substring(0, space);
		String reason = (space < 0) ? "" : rest.substring(space + 1).strip();
		if (key.endsWith(":")) {
			key = key.substring(0, key.length() - 1);
		}
		return Optional.of(new Suppression(key, reason, line));
	}

	private static int newlines(String text, int from, int to, boolean carriageReturns) {
		// String.indexOf is compiled long before the first lint; a loop over every character here would run interpreted
		int count = 0;
		for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
			count++;
		}
		if (carriageReturns) {
			for (int i = text.indexOf('\r', from); i >= 0 && i < to; i = text.indexOf('\r', i + 1)) {
				if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
					count++; // a lone carriage return (old Mac line end)
				}
			}
		}
		return count;
	}

	/**
	 * A {@code -- retort:lint-ignore <key> <reason>} comment.
	 * @param key the rule or category
	 * @param reason the reason; empty when missing
	 * @param line its line
	 */
	record Suppression(String key, String reason, int line) {
	}

	private static final class ByLine implements Comparator<Located> {

		@Override
		public int compare(Located left, Located right) {
			return Integer.compare(left.line(), right.line());
		}

	}

}
