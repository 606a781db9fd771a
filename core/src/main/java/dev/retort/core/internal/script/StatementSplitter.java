package dev.retort.core.internal.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one section of an SQL revision file into statements, in a single pass.
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
 * <p>What the native clients do besides the server's own syntax is handled as they handle it:
 * <ul>
 * <li>psql's {@code COPY ... FROM stdin;} is followed by its data lines up to a line {@code \.};
 * the statement keeps them (see {@link CopyFromStdin}).</li>
 * <li>the mysql/mariadb client's {@code DELIMITER xx} lines change the delimiter as the
 * {@code -- migrate:statement-delimiter:} directive does; {@code DELIMITER ;} changes it back.</li>
 * <li>MySQL conditional comments ({@code /*!40101 ... *}{@code /}, {@code /*M!...}) are code: a
 * statement made of one is kept and sent, as the mariadb client sends it.</li>
 * <li>other client commands (psql's {@code \connect}, {@code \set}, {@code \i}, ..., mysql's
 * {@code source}) are refused with the file and line: they are not SQL and the server never sees
 * them.</li>
 * </ul>
 *
 * <p>A file is read with PostgreSQL's lexical rules until a MySQL-only mark appears (a
 * {@code DELIMITER} line, a backtick, a conditional comment, a {@code #} comment at the start of a
 * line); from there on {@code '...'} and {@code "..."} take backslash escapes as MariaDB reads
 * them. A {@code #} starts a comment only at the start of a line (elsewhere PostgreSQL reads it
 * as an operator).
 *
 * <p>Statements keep their text (comments included) without the delimiter and surrounding
 * whitespace; stretches holding only comments and whitespace are dropped.
 */
final class StatementSplitter {

	private static final String DEFAULT_DELIMITER = ";";

	private static final Pattern STANDARD_STRINGS = Pattern
		.compile("(?i)SET\\s+(?:SESSION\\s+)?standard_conforming_strings\\s*(?:=|TO)\\s*'?(on|off|true|false)'?\\s*;?");

	private static final int COPY = 1;

	private static final int COPY_FROM = 2;

	private static final int COPY_FROM_STDIN = 3;

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

	/** COPY seen as the first word; FROM then STDIN make it a COPY with inline data. */
	private int copyState;

	/** Whether a MySQL-only mark was seen: backslash escapes in quoted text from there on. */
	private boolean mysql;

	/** PostgreSQL's standard_conforming_strings was turned off: backslash escapes in '...' too. */
	private boolean backslashStrings;

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
			if (lineStart && c == '#') {
				this.mysql = true;
				i = endOfLine(i);
				continue;
			}
			if (lineStart && c == '\\') {
				throw clientCommand(i);
			}
			if (lineStart && !this.hasCode && isClientLine(i, "DELIMITER")) {
				i = delimiterLine(i);
				continue;
			}
			if (lineStart && !this.hasCode && isClientLine(i, "SOURCE")) {
				throw problem(i, "'" + this.sql.substring(i, endOfLine(i)).strip() + "' is a command of the mysql client,"
						+ " not SQL, and the server never sees it; put the statements of that file in a revision of"
						+ " their own");
			}
			lineStart = false;
			if (this.depth == 0 && this.sql.startsWith(this.delimiter, i)) {
				i = endOfStatement(i);
				continue;
			}
			if (c == '/' && i + 1 < n && this.sql.charAt(i + 1) == '*') {
				if (i + 2 < n && (this.sql.charAt(i + 2) == '!' || this.sql.startsWith("M!", i + 2))) {
					// a MySQL conditional comment is code for the server
					this.mysql = true;
					this.hasCode = true;
				}
				i = skipBlockComment(i);
				continue;
			}
			this.hasCode = true;
			if (c == '\'') {
				i = skipQuoted(i, '\'', this.mysql || this.backslashStrings || isEscapeStringPrefix(i));
			}
			else if (c == '"' || c == '`') {
				this.mysql |= c == '`';
				i = skipQuoted(i, c, this.mysql);
			}
			else if (c == '$' && (i == 0 || !isWordPart(this.sql.charAt(i - 1)))) {
				i = skipDollarQuoted(i);
			}
			else if (Character.isLetter(c) || c == '_') {
				i = word(i, wordEndBeforeDelimiter(i));
			}
			else if (Character.isDigit(c)) {
				i = wordEndBeforeDelimiter(i);
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
				followStandardStrings(statement);
			}
		}
		this.hasCode = false;
		this.depth = 0;
		this.words = 0;
		this.kind = Kind.UNKNOWN;
		this.declareOpen = false;
		this.copyState = 0;
	}

	/**
	 * The delimiter at {@code at} ends a statement. A {@code COPY ... FROM stdin} statement takes
	 * the lines after it up to a line {@code \.}, as psql does; returns where scanning continues.
	 */
	private int endOfStatement(int at) {
		if (this.copyState != COPY_FROM_STDIN) {
			flush(at);
			this.start = at + this.delimiter.length();
			return this.start;
		}
		int n = this.sql.length();
		int line = nextLine(at);
		while (line < n) {
			int eol = endOfLine(line);
			if (this.sql.substring(line, eol).equals("\\.")) {
				flush(eol);
				this.start = eol;
				return eol;
			}
			line = nextLine(line);
		}
		throw problem(at, "the data of this COPY ... FROM stdin has no end; psql reads data lines up to a line"
				+ " holding only \\. (backslash, period): add one after the last row");
	}

	private int nextLine(int from) {
		int eol = endOfLine(from);
		if (eol < this.sql.length() && this.sql.charAt(eol) == '\r') {
			eol++;
		}
		return (eol < this.sql.length() && this.sql.charAt(eol) == '\n') ? eol + 1 : eol;
	}

	/** Whether the line at {@code from} starts with the client command {@code name} and a space. */
	private boolean isClientLine(int from, String name) {
		int to = from + name.length();
		return to < this.sql.length() && this.sql.regionMatches(true, from, name, 0, name.length())
				&& (this.sql.charAt(to) == ' ' || this.sql.charAt(to) == '\t');
	}

	/** {@code DELIMITER xx}: the mysql client's way of changing the delimiter. */
	private int delimiterLine(int from) {
		int eol = endOfLine(from);
		String value = this.sql.substring(from + "DELIMITER".length(), eol).strip();
		int space = indexOfWhitespace(value);
		if (space >= 0) {
			value = value.substring(0, space);
		}
		this.mysql = true;
		setDelimiter(value, from, "'DELIMITER ;' or 'DELIMITER //'");
		this.start = eol;
		return eol;
	}

	/**
	 * psql reads {@code '...'} as the server does: with {@code SET standard_conforming_strings = off}
	 * (old pg_dump files) a backslash escapes the next character, so the splitter follows that
	 * setting as the file changes it.
	 */
	private void followStandardStrings(String statement) {
		if (statement.length() > 200 || !statement.toLowerCase(Locale.ROOT).contains("standard_conforming_strings")) {
			return;
		}
		Matcher setting = STANDARD_STRINGS.matcher(StatementLabel.of(statement));
		if (setting.matches()) {
			String value = setting.group(1).toLowerCase(Locale.ROOT);
			this.backslashStrings = value.equals("off") || value.equals("false");
		}
	}

	private static int indexOfWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private RuntimeException clientCommand(int at) {
		String line = this.sql.substring(at, endOfLine(at)).strip();
		String command = line.split("\\s+", 2)[0];
		String hint = switch (command) {
			case "\\c", "\\connect" -> "Retort runs every revision on the connection it was given (migrate.url,"
					+ " --url); to work in another schema, qualify the names or use SET search_path";
			case "\\i", "\\ir", "\\include", "\\include_relative", "\\." ->
				"put the statements of that file in this revision or in a revision of their own";
			case "\\set", "\\unset", "\\if", "\\elif", "\\else", "\\endif", "\\gset" ->
				"client variables and conditionals do not exist on the server; write the values out, or use a DO block";
			default -> "remove it, or do what it does with SQL";
		};
		return problem(at, "'" + line + "' is a command of the client (psql or mysql), not SQL, and the server never"
				+ " sees it; " + hint);
	}

	private void applyDirective(Directive directive, int at) {
		if (!Directive.STATEMENT_DELIMITER.equals(directive.name())) {
			if (Directive.UPGRADE.equals(directive.name()) || Directive.DOWNGRADE.equals(directive.name())) {
				throw problem(at, "'" + directive.text() + "' must stand alone on its line; remove the text after it");
			}
			throw problem(at, Directive.unknownMessage(directive));
		}
		setDelimiter(directive.argument(), at, "'-- migrate:statement-delimiter: //'");
	}

	private void setDelimiter(String value, int at, String example) {
		if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
			throw problem(at, "invalid statement delimiter '" + value + "'; write one word without spaces, for example "
					+ example);
		}
		if (value.startsWith("--") || value.startsWith("/*") || value.startsWith("#") || value.indexOf('\'') >= 0
				|| value.indexOf('"') >= 0 || value.indexOf('`') >= 0 || value.indexOf('\\') >= 0) {
			throw problem(at, "statement delimiter '" + value
					+ "' would start a comment, quoted text or an escape; choose another, for example '//' or '$$'");
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
		if (this.words == 1 && is(from, to, "COPY")) {
			this.copyState = COPY;
		}
		else if (this.copyState == COPY && is(from, to, "FROM")) {
			this.copyState = COPY_FROM;
		}
		else if (this.copyState == COPY_FROM) {
			this.copyState = isAny(from, to, "STDIN", "PSTDIN") ? COPY_FROM_STDIN : COPY;
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

	/** As {@link #wordEnd}, but a custom delimiter ends the word: {@code END$$} is {@code END} and {@code $$}. */
	private int wordEndBeforeDelimiter(int from) {
		int end = wordEnd(from);
		if (DEFAULT_DELIMITER.equals(this.delimiter)) {
			return end;
		}
		for (int i = from + 1; i < end; i++) {
			if (this.sql.startsWith(this.delimiter, i)) {
				return i;
			}
		}
		return end;
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
