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
		int depth = 0;
		int i = 0;
		while (i < n) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '-' && sql.startsWith("--", i)) {
				i = endOfLine(sql, i);
			}
			else if (c == '#' && i + 1 < n && sql.charAt(i + 1) == ' ') {
				i = endOfLine(sql, i); // MySQL comment
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
			else if (Character.isLetter(c) || c == '_') {
				int end = i;
				while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
						|| sql.charAt(end) == '$')) {
					end++;
				}
				tokens.add(new Token(Token.Kind.WORD, sql.substring(i, end), depth, i));
				i = end;
			}
			else if (Character.isDigit(c)) {
				int end = i;
				while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
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

	static int endOfLine(String sql, int from) {
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
