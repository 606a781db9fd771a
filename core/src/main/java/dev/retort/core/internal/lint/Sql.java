package dev.retort.core.internal.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.retort.core.internal.db.Dialect;
import dev.retort.core.lint.Finding;
import dev.retort.core.script.Script;

/**
 * One statement being checked: its tokens with the lookups the rules need, what the rules read
 * (the schema, the database, whether the revision is transactional) and where they report.
 *
 * <p>The tokenizer skips comments and is lenient: text that does not close (which the splitter
 * would already have refused) ends at the end of the statement, so no statement fails to
 * tokenize. A token is a kind, its text (quoted identifiers without their quotes) and the
 * parenthesis depth it stands at (an opening parenthesis stands outside itself); positions past
 * either end read as an empty symbol at depth 0. A statement whose first token no rule reads
 * ({@link Statements#reads}: INSERT, UPDATE, SELECT...) keeps only that token.
 *
 * <p>Tokens live in parallel arrays, not one object each, and the tokenizer reads a {@code char[]}
 * with a table for ASCII characters: the Spring Boot start-up lint runs this code once per JVM,
 * interpreted, where each call, allocation and loaded class counts.
 */
final class Sql {

	/** A keyword or unquoted identifier. */
	static final byte WORD = 0;

	/** A {@code "quoted"} or {@code `quoted`} identifier. */
	static final byte QUOTED = 1;

	/** Text in single quotes or dollar quotes. */
	static final byte STRING = 2;

	/** A number. */
	static final byte NUMBER = 3;

	/** Any other character: punctuation, operators, parentheses. */
	static final byte SYMBOL = 4;

	private static final byte SPACE = 1;

	private static final byte WORD_START = 2;

	private static final byte WORD_PART = 4;

	private static final byte NUMBER_PART = 8;

	private static final byte DIGIT = 16;

	/** What each ASCII character can be; other characters ask {@link Character} ({@link #unicode(char)}). */
	private static final byte[] ASCII = new byte[128];

	static {
		for (int c = 0; c < 128; c++) {
			boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
			boolean digit = c >= '0' && c <= '9';
			int flags = 0;
			if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)) {
				flags |= SPACE;
			}
			if (letter || c == '_') {
				flags |= WORD_START;
			}
			if (letter || digit || c == '_' || c == '$') {
				flags |= WORD_PART;
			}
			if (letter || digit || c == '.') {
				flags |= NUMBER_PART;
			}
			if (digit) {
				flags |= DIGIT;
			}
			ASCII[c] = (byte) flags;
		}
	}

	final Schema schema;

	final Dialect dialect;

	final boolean transactional;

	private int size;

	private byte[] kinds;

	private String[] texts;

	private int[] depths;

	/** Where findings go; {@code null} when the statement is only read for what it declares. */
	private final @Nullable List<Finding> findings;

	private final @Nullable Script script;

	private final @Nullable Located located;

	/**
	 * A statement whose findings are discarded: read for the tables and columns it declares.
	 * @param statement the statement
	 * @param schema what the statement reads and changes
	 * @param dialect the rules' database
	 */
	Sql(String statement, Schema schema, Dialect dialect) {
		this(statement, schema, dialect, false, null, null, null);
	}

	/**
	 * A statement whose findings are reported.
	 * @param located the statement and its place in the file
	 * @param schema what the statement reads and changes
	 * @param dialect the rules' database
	 * @param script its revision
	 * @param findings where findings go
	 */
	Sql(Located located, Schema schema, Dialect dialect, Script script, List<Finding> findings) {
		this(located.text(), schema, dialect, script.transactional(), findings, script, located);
	}

	private Sql(String statement, Schema schema, Dialect dialect, boolean transactional,
			@Nullable List<Finding> findings, @Nullable Script script, @Nullable Located located) {
		this.schema = schema;
		this.dialect = dialect;
		this.transactional = transactional;
		this.findings = findings;
		this.script = script;
		this.located = located;
		int capacity = 8 + statement.length() / 4;
		this.kinds = new byte[capacity];
		this.texts = new String[capacity];
		this.depths = new int[capacity];
		tokenize(statement);
	}

	void report(Rule rule, String message) {
		if (this.findings != null && this.script != null && this.located != null && rule.appliesTo(this.dialect)) {
			this.findings.add(RevisionLinter.finding(this.script, this.located, rule, message));
		}
	}

	boolean postgres() {
		return this.dialect == Dialect.POSTGRESQL;
	}

	boolean mariadb() {
		return this.dialect == Dialect.MARIADB;
	}

	private void tokenize(String sql) {
		char[] s = sql.toCharArray();
		int n = s.length;
		boolean carriageReturns = sql.indexOf('\r') >= 0;
		int depth = 0;
		int i = 0;
		while (i < n) {
			char c = s[i];
			int flags = (c < 128) ? ASCII[c] : unicode(c);
			if ((flags & SPACE) != 0) {
				i++;
			}
			else if (c == '-' && i + 1 < n && s[i + 1] == '-') {
				i = endOfLine(sql, i, carriageReturns);
			}
			else if (c == '#' && i + 1 < n && s[i + 1] == ' ') {
				i = endOfLine(sql, i, carriageReturns); // MySQL comment
			}
			else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
				i = skipBlockComment(s, i);
			}
			else if (c == '\'') {
				int end = skipQuoted(s, i, '\'', i > 0 && (s[i - 1] == 'E' || s[i - 1] == 'e'));
				add(STRING, sql.substring(i + 1, Math.max(i + 1, end - 1)), depth);
				i = end;
			}
			else if (c == '"' || c == '`') {
				int end = skipQuoted(s, i, c, false);
				String name = sql.substring(i + 1, Math.max(i + 1, end - 1));
				if (name.indexOf(c) >= 0) {
					String quote = String.valueOf(c);
					name = name.replace(quote.concat(quote), quote);
				}
				add(QUOTED, name, depth);
				i = end;
			}
			else if (c == '$' && dollarTagEnd(sql, i) > 0) {
				int tagEnd = dollarTagEnd(sql, i);
				String tag = sql.substring(i, tagEnd);
				int close = sql.indexOf(tag, tagEnd);
				add(STRING, sql.substring(tagEnd, (close < 0) ? n : close), depth);
				i = (close < 0) ? n : close + tag.length();
			}
			else if ((flags & WORD_START) != 0) {
				int end = i + 1;
				while (end < n && (((s[end] < 128) ? ASCII[s[end]] : unicode(s[end])) & WORD_PART) != 0) {
					end++;
				}
				add(WORD, sql.substring(i, end), depth);
				if (this.size == 1 && !Statements.reads(this)) {
					return; // no rule reads the rest
				}
				i = end;
			}
			else if ((flags & DIGIT) != 0) {
				int end = i + 1;
				while (end < n && (((s[end] < 128) ? ASCII[s[end]] : unicode(s[end])) & NUMBER_PART) != 0) {
					end++;
				}
				add(NUMBER, sql.substring(i, end), depth);
				i = end;
			}
			else {
				if (c == ')') {
					depth = Math.max(0, depth - 1);
				}
				add(SYMBOL, String.valueOf(c), depth);
				if (c == '(') {
					depth++;
				}
				i++;
			}
		}
	}

	/** The flags of a character beyond ASCII, as {@link Character} classifies it. */
	private static int unicode(char c) {
		int flags = 0;
		if (Character.isWhitespace(c)) {
			flags |= SPACE;
		}
		if (Character.isLetter(c)) {
			flags |= WORD_START | WORD_PART | NUMBER_PART;
		}
		if (Character.isDigit(c)) {
			flags |= WORD_PART | NUMBER_PART | DIGIT;
		}
		return flags;
	}

	private void add(byte kind, String text, int depth) {
		if (this.size == this.kinds.length) {
			int capacity = this.size * 2;
			this.kinds = Arrays.copyOf(this.kinds, capacity);
			this.texts = Arrays.copyOf(this.texts, capacity);
			this.depths = Arrays.copyOf(this.depths, capacity);
		}
		this.kinds[this.size] = kind;
		this.texts[this.size] = text;
		this.depths[this.size] = depth;
		this.size++;
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

	/** The end of the (nested) block comment opening at {@code open}, or the text's end. */
	static int skipBlockComment(char[] s, int open) {
		int level = 0;
		int i = open;
		while (i < s.length) {
			if (s[i] == '/' && i + 1 < s.length && s[i + 1] == '*') {
				level++;
				i += 2;
			}
			else if (s[i] == '*' && i + 1 < s.length && s[i + 1] == '/') {
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
		return s.length;
	}

	private static int skipQuoted(char[] s, int open, char quote, boolean backslashEscapes) {
		int i = open + 1;
		while (i < s.length) {
			char c = s[i];
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				if (i + 1 < s.length && s[i + 1] == quote) {
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
		return s.length;
	}

	int size() {
		return this.size;
	}

	/** The kind of the token at {@code i}: {@link #WORD} to {@link #SYMBOL}. */
	byte kind(int i) {
		return (i >= 0 && i < this.size) ? this.kinds[i] : SYMBOL;
	}

	/** The token at {@code i} as written (quoted identifiers without their quotes). */
	String text(int i) {
		return (i >= 0 && i < this.size) ? this.texts[i] : "";
	}

	/** The parenthesis depth of the token at {@code i}. */
	int depth(int i) {
		return (i >= 0 && i < this.size) ? this.depths[i] : 0;
	}

	/** Whether the token at {@code i} is the keyword (case-insensitive); quoted identifiers never are. */
	boolean is(int i, String keyword) {
		return i >= 0 && i < this.size && this.kinds[i] == WORD && this.texts[i].equalsIgnoreCase(keyword);
	}

	boolean isAny(int i, String... keywords) {
		if (i < 0 || i >= this.size || this.kinds[i] != WORD) {
			return false;
		}
		for (String keyword : keywords) {
			if (this.texts[i].equalsIgnoreCase(keyword)) {
				return true;
			}
		}
		return false;
	}

	boolean isSymbol(int i, char symbol) {
		return i >= 0 && i < this.size && this.kinds[i] == SYMBOL && this.texts[i].charAt(0) == symbol;
	}

	/** Whether the token at {@code i} is a word or a quoted identifier. */
	boolean isName(int i) {
		return i >= 0 && i < this.size && (this.kinds[i] == WORD || this.kinds[i] == QUOTED);
	}

	/** The token at {@code i} as the database folds it for comparison: unquoted words in lower case. */
	String name(int i) {
		return (kind(i) == WORD) ? this.texts[i].toLowerCase(Locale.ROOT) : text(i);
	}

	/** Whether the keywords follow one another from {@code i}. */
	boolean matches(int i, String... keywords) {
		for (int k = 0; k < keywords.length; k++) {
			if (!is(i + k, keywords[k])) {
				return false;
			}
		}
		return true;
	}

	/** Whether the keyword stands at {@code i} (one-keyword {@link #matches}, without its array). */
	boolean matches(int i, String keyword) {
		return is(i, keyword);
	}

	/** {@code i} moved past the keywords when they follow from {@code i}, else {@code i}. */
	int skip(int i, String... keywords) {
		return matches(i, keywords) ? i + keywords.length : i;
	}

	/** {@code i} moved past the keyword when it stands at {@code i}, else {@code i}. */
	int skip(int i, String keyword) {
		return is(i, keyword) ? i + 1 : i;
	}

	/** The first keyword in {@code [from, to)} at the depth of {@code from}, or -1. */
	int find(int from, int to, String keyword) {
		int depth = depth(from);
		int end = Math.min(to, this.size);
		for (int i = Math.max(from, 0); i < end; i++) {
			if (this.depths[i] == depth && this.kinds[i] == WORD && this.texts[i].equalsIgnoreCase(keyword)) {
				return i;
			}
		}
		return -1;
	}

	/** Whether any token in {@code [from, to)} is the keyword, at any depth. */
	boolean contains(int from, int to, String keyword) {
		int end = Math.min(to, this.size);
		for (int i = Math.max(from, 0); i < end; i++) {
			if (this.kinds[i] == WORD && this.texts[i].equalsIgnoreCase(keyword)) {
				return true;
			}
		}
		return false;
	}

	/** The end (exclusive) of a possibly qualified name starting at {@code i}: {@code a.b.c}. */
	int nameEnd(int i) {
		int end = i;
		if (!isName(end)) {
			return end;
		}
		end++;
		while (isSymbol(end, '.') && isName(end + 1)) {
			end += 2;
		}
		return end;
	}

	/** The unqualified, case-folded name ending at {@code end} (exclusive). */
	String nameBefore(int end) {
		return name(end - 1);
	}

	/** Split {@code [from, to)} at commas standing at the depth of {@code from}: [start, end) pairs. */
	List<int[]> splitOnCommas(int from, int to) {
		List<int[]> parts = new ArrayList<>();
		int depth = depth(from);
		int start = from;
		int end = Math.min(to, this.size);
		for (int i = Math.max(from, 0); i < end; i++) {
			if (this.depths[i] == depth && this.kinds[i] == SYMBOL && this.texts[i].charAt(0) == ',') {
				parts.add(new int[] { start, i });
				start = i + 1;
			}
		}
		if (start < to) {
			parts.add(new int[] { start, to });
		}
		return parts;
	}

	/** The index of the parenthesis closing the one opened at {@code open}, or the end. */
	int closing(int open) {
		int depth = depth(open);
		for (int i = Math.max(open + 1, 0); i < this.size; i++) {
			if (this.depths[i] == depth && this.kinds[i] == SYMBOL && this.texts[i].charAt(0) == ')') {
				return i;
			}
		}
		return this.size;
	}

}
