package dev.retort.core.internal.script;

/**
 * How messages name a statement: its first line of SQL, after the comments that may precede it
 * ({@code --} and {@code #} lines, {@code /* *}{@code /} blocks other than MySQL conditional
 * comments, which are code).
 *
 * @since 0.1.0
 */
public final class StatementLabel {

	private static final int MAX = 120;

	private StatementLabel() {
	}

	/**
	 * The first line of SQL of a statement, shortened to 120 characters.
	 * @param statement the statement as the splitter returns it
	 * @return the line; the statement's first line when it holds nothing but comments
	 */
	public static String of(String statement) {
		String text = statement.strip();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (text.startsWith("--", i) || c == '#') {
				int eol = text.indexOf('\n', i);
				i = (eol < 0) ? n : eol + 1;
			}
			else if (text.startsWith("/*", i) && !text.startsWith("/*!", i) && !text.startsWith("/*M!", i)) {
				int close = text.indexOf("*/", i + 2);
				i = (close < 0) ? n : close + 2;
			}
			else {
				return shorten(firstLine(text.substring(i)));
			}
		}
		return shorten(firstLine(text));
	}

	private static String firstLine(String text) {
		return text.lines().findFirst().orElse("").strip();
	}

	private static String shorten(String line) {
		return (line.length() > MAX) ? line.substring(0, MAX - 3) + "..." : line;
	}

}
