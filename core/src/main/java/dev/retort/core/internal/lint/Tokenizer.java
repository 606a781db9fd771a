package dev.retort.core.internal.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one statement into tokens, skipping comments. Lenient: text that does not close (which
 * the splitter would already have refused) ends at the end of the statement, so no statement
 * fails to tokenize.
 */
final class Tokenizer {

	private Tokenizer() {
	}

	static List<Token> tokens(String sql) {
		List<Token> tokens = new ArrayList<>();
		int n = sql.length();
		boolean carriageReturns = sql.indexOf('\r') >= 0;
		int depth = 0;
		int i = 0;
		while (i < n) {
			char c = sql.charAt(i);
			if (isWhitespace(c)) {
				i++;
			}
			else if (c == '-' && sql.startsWith("--", i)) {
				i = endOfLine(sql, i, carriageReturns);
			}
			else if (c == '#' && i + 1 < n && sql.charAt(i + 1) == ' ') {
				i = endOfLine(sql, i, carriageReturns); // MySQL comment
			}
			else if (c == '/' && sql.startsWith("/*", i)) {
				i = skipBlockComment(sql, i);
			}
			else if (c == '\'') {
				int end = skipQuoted(sql, i, '\'', i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e'));
				tokens.add(new Token(Token.Kind.STRING, sql.substring(i + 1, Math.max(i + 1, end - 1)), depth, i));
				i = end;
			}
			else if (c == '"' || c == '`') {
				int end = skipQuoted(sql, i, c, false);
				String name = sql.substring(i + 1, Math.max(i + 1, end - 1)).replace(String.valueOf(c) + c, String.valueOf(c));
				tokens.add(new Token(Token.Kind.QUOTED, name, depth, i));
				i = end;
			}
			else if (c == '$' && dollarTagEnd(sql, i) > 0) {
				int tagEnd = dollarTagEnd(sql, i);
				String tag = sql.substring(i, tagEnd);
				int close = sql.indexOf(tag, tagEnd);
				int end = (close < 0) ? n : close + tag.length();
				tokens.add(new Token(Token.Kind.STRING, sql.substring(tagEnd, (close < 0) ? n : close), depth, i));
				i = end;
			}
			else if (isLetter(c) || c == '_') {
				int end = i + 1;
				while (end < n && (isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
						|| sql.charAt(end) == '$')) {
					end++;
				}
				tokens.add(new Token(Token.Kind.WORD, sql.substring(i, end), depth, i));
				i = end;
			}
			else if ((c >= '0' && c <= '9') || (c >= 0x80 && Character.isDigit(c))) {
				int end = i + 1;
				while (end < n && (isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
					end++;
				}
				tokens.add(new Token(Token.Kind.NUMBER, sql.substring(i, end), depth, i));
				i = end;
			}
			else {
				if (c == ')') {
					depth = Math.max(0, depth - 1);
				}
				tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), depth, i));
				if (c == '(') {
					depth++;
				}
				i++;
			}
		}
		return tokens;
	}

	// ASCII first, as Character does it: the start-up lint runs this code interpreted, where each call counts

	private static boolean isWhitespace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) || (c >= 0x80 && Character.isWhitespace(c));
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x80 && Character.isLetter(c));
	}

	private static boolean isLetterOrDigit(char c) {
		return isLetter(c) || (c >= '0' && c <= '9') || (c >= 0x80 && Character.isDigit(c));
	}

	/** The end of {@code $tag$} starting at {@code i}, or -1 when {@code $} starts no dollar quote ({@code $1}). */
	private static int dollarTagEnd(String sql, int i) {
		if (i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_')) {
			return -1;
		}
		int j = i + 1;
		while (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_'
				|| (j > i + 1 && Character.isDigit(sql.charAt(j))))) {
			j++;
		}
		return (j < sql.length() && sql.charAt(j) == '$') ? j + 1 : -1;
	}

	/**
	 * The end of the line starting at or before {@code from}.
	 * @param sql the text
	 * @param from where to look from
	 * @param carriageReturns whether the text holds a {@code \r}; without one, the compiled
	 * {@link String#indexOf(int, int)} finds the end rather than a loop the interpreter runs on a
	 * cold start
	 * @return the index of the line's {@code \n} or {@code \r}, or the text's length
	 */
	static int endOfLine(String sql, int from, boolean carriageReturns) {
		if (!carriageReturns) {
			int newline = sql.indexOf('\n', from);
			return (newline < 0) ? sql.length() : newline;
		}
		int i = from;
		while (i < sql.length() && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
			i++;
		}
		return i;
	}

	static int skipBlockComment(String sql, int open) {
		int level = 0;
		int i = open;
		while (i < sql.length()) {
			if (sql.startsWith("/*", i)) {
				level++;
				i += 2;
			}
			else if (sql.startsWith("*/", i)) {
				level--;
				i += 2;
				if (level == 0) {
					return i;
				}
			}
			else {
				i++;
			}
		}
		return sql.length();
	}

	private static int skipQuoted(String sql, int open, char quote, boolean backslashEscapes) {
		int i = open + 1;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
				}
				else {
					return i + 1;
				}
			}
			else {
				i++;
			}
		}
		return sql.length();
	}

}
