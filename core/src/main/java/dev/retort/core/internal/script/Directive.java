package dev.retort.core.internal.script;

import org.jspecify.annotations.Nullable;

/**
 * A {@code -- migrate:<name>[: <argument>]} line: the section markers {@code upgrade} and
 * {@code downgrade}, and {@code statement-delimiter: <delimiter>}.
 *
 * @param name the directive name, for example {@code upgrade}
 * @param argument the text after the second colon, trimmed; empty when none
 * @param text the line as written, trimmed, for messages
 */
record Directive(String name, String argument, String text) {

	static final String UPGRADE = "upgrade";

	static final String DOWNGRADE = "downgrade";

	static final String STATEMENT_DELIMITER = "statement-delimiter";

	/**
	 * Read a directive from a line comment.
	 * @param line the line, leading whitespace allowed
	 * @return the directive, or {@code null} when the line is not a {@code -- migrate:} line
	 */
	static @Nullable Directive parse(String line) {
		int i = skipBlanks(line, 0);
		if (!line.startsWith("--", i)) {
			return null;
		}
		i = skipBlanks(line, i + 2);
		if (!line.regionMatches(true, i, "migrate", 0, 7)) {
			return null;
		}
		i = skipBlanks(line, i + 7);
		if (i >= line.length() || line.charAt(i) != ':') {
			return null;
		}
		i = skipBlanks(line, i + 1);
		int nameStart = i;
		while (i < line.length() && line.charAt(i) != ':' && !Character.isWhitespace(line.charAt(i))) {
			i++;
		}
		String name = line.substring(nameStart, i);
		i = skipBlanks(line, i);
		String argument = "";
		if (i < line.length() && line.charAt(i) == ':') {
			argument = line.substring(i + 1).strip();
		}
		else if (i < line.length()) {
			argument = line.substring(i).strip();
		}
		return new Directive(name, argument, line.strip());
	}

	static String unknownMessage(Directive directive) {
		return "unknown directive '" + directive.text() + "'; expected '-- migrate:upgrade', '-- migrate:downgrade' or "
				+ "'-- migrate:statement-delimiter: <delimiter>' (check the spelling)";
	}

	private static int skipBlanks(String line, int from) {
		int i = from;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

}
