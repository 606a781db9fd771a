package dev.retort.core.internal.lint;

import java.util.ArrayList;
import java.util.List;

/** The tokens of one statement with the lookups the rules need. */
final class Sql {

	private static final Token END = new Token(Token.Kind.SYMBOL, "", 0, -1);

	private final List<Token> tokens;

	Sql(List<Token> tokens) {
		this.tokens = tokens;
	}

	static Sql of(String statement) {
		return new Sql(Tokenizer.tokens(statement));
	}

	int size() {
		return this.tokens.size();
	}

	/** The token at {@code i}, or an empty symbol past the end. */
	Token at(int i) {
		return (i >= 0 && i < this.tokens.size()) ? this.tokens.get(i) : END;
	}

	/** Whether the keywords follow one another from {@code i}. */
	boolean matches(int i, String... keywords) {
		for (int k = 0; k < keywords.length; k++) {
			if (!at(i + k).is(keywords[k])) {
				return false;
			}
		}
		return true;
	}

	/** {@code i} moved past the keywords when they follow from {@code i}, else {@code i}. */
	int skip(int i, String... keywords) {
		return matches(i, keywords) ? i + keywords.length : i;
	}

	/** The first keyword in {@code [from, to)} at the depth of {@code from}, or -1. */
	int find(int from, int to, String keyword) {
		int depth = at(from).depth();
		for (int i = from; i < Math.min(to, size()); i++) {
			if (at(i).depth() == depth && at(i).is(keyword)) {
				return i;
			}
		}
		return -1;
	}

	/** Whether any token in {@code [from, to)} is the keyword, at any depth. */
	boolean contains(int from, int to, String keyword) {
		for (int i = from; i < Math.min(to, size()); i++) {
			if (at(i).is(keyword)) {
				return true;
			}
		}
		return false;
	}

	/** The end (exclusive) of a possibly qualified name starting at {@code i}: {@code a.b.c}. */
	int nameEnd(int i) {
		int end = i;
		if (!at(end).isName()) {
			return end;
		}
		end++;
		while (at(end).isSymbol('.') && at(end + 1).isName()) {
			end += 2;
		}
		return end;
	}

	/** The unqualified, case-folded name ending at {@code end} (exclusive). */
	String nameBefore(int end) {
		return at(end - 1).name();
	}

	/** Split {@code [from, to)} at commas standing at the depth of {@code from}: [start, end) pairs. */
	List<int[]> splitOnCommas(int from, int to) {
		List<int[]> parts = new ArrayList<>();
		int depth = at(from).depth();
		int start = from;
		for (int i = from; i < to; i++) {
			if (at(i).depth() == depth && at(i).isSymbol(',')) {
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
		int depth = at(open).depth();
		for (int i = open + 1; i < size(); i++) {
			if (at(i).depth() == depth && at(i).isSymbol(')')) {
				return i;
			}
		}
		return size();
	}

}
