package dev.retort.core.internal.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one section of an SQL revision file into statements, in a single pass without regular
 * expressions.
 *
 * <p>A statement ends at the delimiter ({@code ;} unless a {@code -- migrate:statement-delimiter:}
 * line changes it) when the delimiter is outside of quoted text ({@code '...'} with {@code ''},
 * {@code E'...'} with backslash escapes, {@code "..."}, {@code `...`}, PostgreSQL
 * {@code $tag$...$tag$}), outside of comments ({@code --} and nested {@code /* *}{@code /}) and
 * outside of a compound-statement body. Bodies are tracked only for statements that can hold one
 * ({@code CREATE}/{@code ALTER} of a trigger, procedure, function, event or package, an anonymous
 * {@code BEGIN ... END} or {@code DECLARE} block): there {@code BEGIN} and {@code CASE} open a
 * level and {@code END} closes one, while {@code END IF}, {@code END LOOP}, {@code END WHILE},
 * {@code END REPEAT} and {@code END FOR} close nothing we count. A statement that starts with
 * {@code BEGIN;}, {@code BEGIN TRANSACTION}, {@code BEGIN WORK} and the like is a transaction
 * statement, not a block. With a custom delimiter, bodies are not tracked: the delimiter alone
 * ends statements, as in the MySQL client.
 *
 * <p>Statements keep their text (comments included) without the delimiter and surrounding
 * whitespace; stretches holding only comments and whitespace are dropped. MySQL's {@code #}
 * comments and backslash escapes in plain {@code '...'} text are not recognized: write {@code ''}.
 */
final class StatementSplitter {

	private static final String DEFAULT_DELIMITER = ";";

	private final String sql;

	private final String file;

	private final int firstLine;

	private final List<String> statements = new ArrayList<>();

	private String delimiter = DEFAULT_DELIMITER;

	/** Start of the current statement. */
	private int start;

	/** Whether the current statement holds anything besides comments and whitespace. */
	private boolean hasCode;

	/** Nesting of BEGIN/CASE levels in a compound-statement body. */
	private int depth;

	/** Words seen in the current statement, for deciding its kind. */
	private int words;

	private Kind kind = Kind.UNKNOWN;

	/** A DECLARE block waits for its BEGIN, which opens no extra level. */
	private boolean declareOpen;

	private StatementSplitter(String sql, String file, int firstLine) {
		this.sql = sql;
		this.file = file;
		this.firstLine = firstLine;
	}

	/**
	 * Split SQL that is not part of a file (tests, generated SQL).
	 * @param sql the statements
	 * @return the statements without delimiters
	 */
	static List<String> split(String sql) {
		return split(sql, "<sql>", 1);
	}

	/**
	 * Split one section of a revision file.
	 * @param sql the section text
	 * @param file the file, for messages
	 * @param firstLine the line number of the section's first line in the file
	 * @return the statements without delimiters
	 */
	static List<String> split(String sql, String file, int firstLine) {
		return new StatementSplitter(sql, file, firstLine).run();
	}

	private List<String> run() {
		int n = this.sql.length();
		boolean lineStart = true;
		int i = 0;
		while (i < n) {
			char c = this.sql.charAt(i);
			if (c == '\n') {
				lineStart = true;
				i++;
				continue;
			}
			if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
				i++;
				continue;
			}
			if (c == '-' && i + 1 < n && this.sql.charAt(i + 1) == '-') {
				int eol = endOfLine(i);
				if (lineStart && Directive.parse(this.sql.substring(i, eol)) != null) {
					flush(i);
					applyDirective(Directive.parse(this.sql.substring(i, eol)), i);
					this.start = eol;
				}
				i = eol;
				continue;
			}
			lineStart = false;
			if (this.depth == 0 && this.sql.startsWith(this.delimiter, i)) {
				flush(i);
				i += this.delimiter.length();
				this.start = i;
				continue;
			}
			if (c == '/' && i + 1 < n && this.sql.charAt(i + 1) == '*') {
				i = skipBlockComment(i);
				continue;
			}
			this.hasCode = true;
			if (c == '\'') {
				i = skipQuoted(i, '\'', isEscapeStringPrefix(i));
			}
			else if (c == '"' || c == '`') {
				i = skipQuoted(i, c, false);
			}
			else if (c == '$' && (i == 0 || !isWordPart(this.sql.charAt(i - 1)))) {
				i = skipDollarQuoted(i);
			}
			else if (Character.isLetter(c) || c == '_') {
				i = word(i, wordEnd(i));
			}
			else if (Character.isDigit(c)) {
				i = wordEnd(i);
			}
			else {
				i++;
			}
		}
		flush(n);
		return List.copyOf(this.statements);
	}

	private void flush(int end) {
		if (this.hasCode) {
			String statement = this.sql.substring(this.start, end).strip();
			if (!statement.isEmpty()) {
				this.statements.add(statement);
			}
		}
		this.hasCode = false;
		this.depth = 0;
		this.words = 0;
		this.kind = Kind.UNKNOWN;
		this.declareOpen = false;
	}

	private void applyDirective(Directive directive, int at) {
		if (!Directive.STATEMENT_DELIMITER.equals(directive.name())) {
			if (Directive.UPGRADE.equals(directive.name()) || Directive.DOWNGRADE.equals(directive.name())) {
				throw problem(at, "'" + directive.text() + "' must stand alone on its line; remove the text after it");
			}
			throw problem(at, Directive.unknownMessage(directive));
		}
		String value = directive.argument();
		if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
			throw problem(at, "invalid statement delimiter '" + value
					+ "'; write one word without spaces, for example '-- migrate:statement-delimiter: //'");
		}
		if (value.startsWith("--") || value.startsWith("/*") || value.indexOf('\'') >= 0 || value.indexOf('"') >= 0) {
			throw problem(at, "statement delimiter '" + value
					+ "' would start a comment or quoted text; choose another, for example '//' or '$$'");
		}
		this.delimiter = value;
	}

	/** Handle the word at {@code [from, to)}; returns where scanning continues. */
	private int word(int from, int to) {
		if (from > 0 && this.sql.charAt(from - 1) == '.') {
			return to; // a qualified name such as t.end is never a keyword
		}
		this.words++;
		if (!DEFAULT_DELIMITER.equals(this.delimiter)) {
			return to;
		}
		if (this.words == 1) {
			this.kind = firstWordKind(from, to);
			if (this.kind == Kind.BLOCK) {
				// BEGIN opens its own level; DECLARE opens the level its later BEGIN ... END closes
				this.depth++;
				this.declareOpen = is(from, to, "DECLARE");
			}
			return to;
		}
		if (this.kind == Kind.CREATE) {
			this.kind = objectKind(from, to);
			return to;
		}
		if (this.kind != Kind.BLOCK) {
			return to;
		}
		if (is(from, to, "BEGIN") && this.declareOpen) {
			this.declareOpen = false;
		}
		else if (is(from, to, "BEGIN") || (this.depth > 0 && is(from, to, "CASE"))) {
			this.depth++;
		}
		else if (this.depth > 0 && is(from, to, "END")) {
			int next = nextWord(to);
			if (next < 0) {
				this.depth--;
				return to;
			}
			int nextEnd = wordEnd(next);
			if (isAny(next, nextEnd, "IF", "LOOP", "WHILE", "REPEAT", "FOR")) {
				return nextEnd;
			}
			this.depth--;
			if (isAny(next, nextEnd, "CASE", "TRY", "CATCH")) {
				return nextEnd;
			}
		}
		return to;
	}

	private Kind firstWordKind(int from, int to) {
		if (isAny(from, to, "CREATE", "ALTER")) {
			return Kind.CREATE;
		}
		if (is(from, to, "DECLARE")) {
			return Kind.BLOCK;
		}
		if (is(from, to, "BEGIN")) {
			return isTransactionBegin(to) ? Kind.PLAIN : Kind.BLOCK;
		}
		return Kind.PLAIN;
	}

	/** After CREATE/ALTER: the first object keyword decides; other words (OR REPLACE, DEFINER=...) are skipped. */
	private Kind objectKind(int from, int to) {
		if (isAny(from, to, "TRIGGER", "PROCEDURE", "FUNCTION", "EVENT", "PACKAGE")) {
			return Kind.BLOCK;
		}
		if (this.words > 12 || isAny(from, to, "TABLE", "VIEW", "INDEX", "SEQUENCE", "SCHEMA", "DATABASE", "DOMAIN",
				"TYPE", "USER", "ROLE", "EXTENSION", "ALIAS", "SYNONYM", "MATERIALIZED", "UNIQUE", "CONSTANT",
				"TABLESPACE", "POLICY", "RULE", "SERVER", "CAST", "OPERATOR", "COLLATION", "PUBLICATION",
				"SUBSCRIPTION", "STATISTICS", "LANGUAGE", "CONVERSION", "FOREIGN", "LINKED", "SYSTEM", "SESSION")) {
			return Kind.PLAIN;
		}
		return Kind.CREATE;
	}

	/** {@code BEGIN;}, {@code BEGIN TRANSACTION}, {@code BEGIN ISOLATION LEVEL ...}, {@code BEGIN NOT DEFERRABLE}. */
	private boolean isTransactionBegin(int afterBegin) {
		int next = nextWord(afterBegin);
		if (next < 0) {
			return true;
		}
		int nextEnd = wordEnd(next);
		if (isAny(next, nextEnd, "TRANSACTION", "WORK", "TRAN", "ISOLATION", "READ", "DEFERRED", "IMMEDIATE",
				"EXCLUSIVE", "DEFERRABLE")) {
			return true;
		}
		if (is(next, nextEnd, "NOT")) {
			int after = nextWord(nextEnd);
			return after >= 0 && is(after, wordEnd(after), "DEFERRABLE");
		}
		return false;
	}

	/** Start of the word right after {@code from} (whitespace and comments skipped), or -1 when something else follows. */
	private int nextWord(int from) {
		int n = this.sql.length();
		int i = from;
		while (i < n) {
			char c = this.sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '-' && i + 1 < n && this.sql.charAt(i + 1) == '-') {
				i = endOfLine(i);
			}
			else if (c == '/' && i + 1 < n && this.sql.charAt(i + 1) == '*') {
				i = skipBlockComment(i);
			}
			else {
				return (Character.isLetter(c) || c == '_') ? i : -1;
			}
		}
		return -1;
	}

	private boolean isEscapeStringPrefix(int quote) {
		if (quote == 0) {
			return false;
		}
		char prefix = this.sql.charAt(quote - 1);
		return (prefix == 'E' || prefix == 'e') && (quote == 1 || !isWordPart(this.sql.charAt(quote - 2)));
	}

	private int skipQuoted(int open, char quote, boolean backslashEscapes) {
		int n = this.sql.length();
		int i = open + 1;
		while (i < n) {
			char c = this.sql.charAt(i);
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				if (i + 1 < n && this.sql.charAt(i + 1) == quote) {
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
		String what = switch (quote) {
			case '\'' -> "quoted text";
			case '"' -> "double-quoted identifier";
			default -> "backtick-quoted identifier";
		};
		String escape = (quote == '\'') ? " (write '' for a quote inside text; backslash escapes only work in E'...')"
				: " (write " + quote + quote + " for a " + quote + " inside it)";
		throw problem(open, "unterminated " + what + " starting with " + quote + "; close it with " + quote + escape);
	}

	private int skipDollarQuoted(int open) {
		int n = this.sql.length();
		int i = open + 1;
		if (i < n && (Character.isLetter(this.sql.charAt(i)) || this.sql.charAt(i) == '_')) {
			while (i < n && (Character.isLetterOrDigit(this.sql.charAt(i)) || this.sql.charAt(i) == '_')) {
				i++;
			}
		}
		if (i >= n || this.sql.charAt(i) != '$') {
			return open + 1; // a lone $ (for example $1), not a dollar quote
		}
		String tag = this.sql.substring(open, i + 1);
		int close = this.sql.indexOf(tag, i + 1);
		if (close < 0) {
			throw problem(open, "unterminated dollar-quoted text starting with " + tag + "; close it with " + tag);
		}
		return close + tag.length();
	}

	/** Block comments nest, as in PostgreSQL and the SQL standard. */
	private int skipBlockComment(int open) {
		int n = this.sql.length();
		int level = 0;
		int i = open;
		while (i < n) {
			if (this.sql.startsWith("/*", i)) {
				level++;
				i += 2;
			}
			else if (this.sql.startsWith("*/", i)) {
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
		throw problem(open, "unterminated /* comment; close it with */ (comments nest: every /* needs its own */)");
	}

	private int endOfLine(int from) {
		int n = this.sql.length();
		int i = from;
		while (i < n && this.sql.charAt(i) != '\n' && this.sql.charAt(i) != '\r') {
			i++;
		}
		return i;
	}

	private int wordEnd(int from) {
		int i = from;
		while (i < this.sql.length() && isWordPart(this.sql.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

	private boolean is(int from, int to, String keyword) {
		return to - from == keyword.length() && this.sql.regionMatches(true, from, keyword, 0, keyword.length());
	}

	private boolean isAny(int from, int to, String... keywords) {
		for (String keyword : keywords) {
			if (is(from, to, keyword)) {
				return true;
			}
		}
		return false;
	}

	private RuntimeException problem(int offset, String message) {
		return FileProblems.at(this.file, FileProblems.lineOf(this.sql, offset, this.firstLine), message);
	}

	private enum Kind {

		/** No word seen yet. */
		UNKNOWN,
		/** CREATE or ALTER seen; the object keyword is still to come. */
		CREATE,
		/** A statement that may hold a BEGIN ... END body. */
		BLOCK,
		/** Any other statement: BEGIN and END mean nothing here. */
		PLAIN

	}

}
