package dev.retort.core.internal.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.retort.core.script.SqlBody;

/**
 * Gives each statement the splitter cut its line in the file, and reads the lines before its
 * first SQL word: {@code -- retort:lint-ignore} comments, and client commands (lines starting
 * with a backslash, such as psql's {@code \connect}), which the splitter keeps as part of the
 * statement that follows them.
 */
final class StatementLocator {

	static final String IGNORE = "retort:lint-ignore";

	private static final Comparator<RevisionLinter.Located> BY_LINE = new Comparator<>() {

		@Override
		public int compare(RevisionLinter.Located left, RevisionLinter.Located right) {
			return Integer.compare(left.line(), right.line());
		}

	};

	private StatementLocator() {
	}

	static List<RevisionLinter.Located> locate(List<String> statements, Optional<SqlBody.SourceText> source) {
		// no lambdas or method references here: the Spring Boot start-up lint runs this once per JVM
		List<RevisionLinter.Located> located = new ArrayList<>();
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
			located.sort(BY_LINE);
		}
		return located;
	}

	/**
	 * The client command lines of a section: lines starting with a backslash, outside the data of
	 * {@code COPY ... FROM stdin} (which ends at a {@code \.} line).
	 */
	static List<RevisionLinter.Located> clientCommands(SqlBody.SourceText source) {
		if (source.text().indexOf('\\') < 0) {
			return List.of();
		}
		List<RevisionLinter.Located> commands = new ArrayList<>();
		boolean copyData = false;
		int line = source.firstLine();
		String text = source.text();
		boolean carriageReturns = text.indexOf('\r') >= 0;
		int pos = 0;
		while (pos <= text.length()) {
			int end = Tokenizer.endOfLine(text, pos, carriageReturns);
			String stripped = text.substring(pos, end).strip();
			if (copyData) {
				copyData = !stripped.equals("\\.");
			}
			else if (stripped.startsWith("\\") && !stripped.equals("\\.")) {
				commands.add(new RevisionLinter.Located(stripped, line, true, List.of()));
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
	private static void read(String statement, int firstLine, List<RevisionLinter.Located> out, boolean clientCommands) {
		List<RevisionLinter.Suppression> suppressions = new ArrayList<>();
		int pos = 0;
		int line = firstLine;
		int n = statement.length();
		boolean carriageReturns = statement.indexOf('\r') >= 0;
		while (pos < n) {
			int end = Tokenizer.endOfLine(statement, pos, carriageReturns);
			String content = statement.substring(pos, end).strip();
			if (content.startsWith("/*")) {
				int close = Tokenizer.skipBlockComment(statement, statement.indexOf("/*", pos));
				line += newlines(statement, pos, close, carriageReturns);
				pos = close;
				continue;
			}
			if (content.startsWith("--")) {
				suppression(content, line).ifPresent(suppressions::add);
			}
			else if (content.startsWith("\\") && !content.equals("\\.")) {
				if (clientCommands) {
						out.add(new RevisionLinter.Located(content, (firstLine > 0) ? line : 0, true, List.of()));
				}
			}
			else if (!content.isEmpty()) {
				int code = pos + (statement.substring(pos, end).length() - statement.substring(pos, end).stripLeading().length());
				out.add(new RevisionLinter.Located(statement.substring(code), (firstLine > 0) ? line : 0, false,
						List.copyOf(suppressions)));
				return;
			}
			if (end >= n) {
				return;
			}
			pos = end + ((statement.charAt(end) == '\r' && end + 1 < n && statement.charAt(end + 1) == '\n') ? 2 : 1);
			line++;
		}
	}

	/** {@code -- retort:lint-ignore <rule-or-category> <reason>}. */
	private static Optional<RevisionLinter.Suppression> suppression(String comment, int line) {
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
		return Optional.of(new RevisionLinter.Suppression(key, reason, line));
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

}
