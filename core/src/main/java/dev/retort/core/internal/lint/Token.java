package dev.retort.core.internal.lint;

import java.util.Locale;

/**
 * One token of a statement.
 *
 * @param kind what it is
 * @param text the token as written (quoted identifiers without their quotes)
 * @param depth the parenthesis depth it stands at; an opening parenthesis stands outside itself
 * @param offset where it starts in the statement
 */
record Token(Kind kind, String text, int depth, int offset) {

	enum Kind {

		/** A keyword or unquoted identifier. */
		WORD,
		/** A {@code "quoted"} or {@code `quoted`} identifier. */
		QUOTED,
		/** Text in single quotes or dollar quotes. */
		STRING,
		/** A number. */
		NUMBER,
		/** Any other character: punctuation, operators, parentheses. */
		SYMBOL

	}

	/** Whether this is the keyword (case-insensitive); quoted identifiers never are. */
	boolean is(String keyword) {
		return this.kind == Kind.WORD && this.text.equalsIgnoreCase(keyword);
	}

	boolean isAny(String... keywords) {
		for (String keyword : keywords) {
			if (is(keyword)) {
				return true;
			}
		}
		return false;
	}

	boolean isSymbol(char symbol) {
		return this.kind == Kind.SYMBOL && this.text.length() == 1 && this.text.charAt(0) == symbol;
	}

	boolean isName() {
		return this.kind == Kind.WORD || this.kind == Kind.QUOTED;
	}

	/** The name as the database folds it for comparison: unquoted words in lower case. */
	String name() {
		return (this.kind == Kind.WORD) ? this.text.toLowerCase(Locale.ROOT) : this.text;
	}

}
