package dev.retort.core.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A column type as written in DDL, reduced to a family, a rank and its arguments so that lint can
 * tell widening from narrowing.
 *
 * @param base the normalized type name, for example {@code varchar} or {@code bigint}
 * @param arguments the numbers in parentheses: length, or precision and scale
 */
record ColumnType(String base, List<Integer> arguments) {

	/** Read the type starting at {@code from}, up to the first constraint keyword; empty base when none. */
	static ColumnType read(Sql sql, int from, int to) {
		StringBuilder name = new StringBuilder();
		List<Integer> arguments = new ArrayList<>();
		int i = from;
		while (i < to) {
			@Nullable String word = (sql.kind(i) == Sql.WORD) ? sql.name(i) : null;
			if (word != null && !(name.length() > 0 && isStop(word))) {
				if (name.length() > 0 && !continuesName(name.toString(), word)) {
					break;
				}
				name.append(name.length() > 0 ? " " : "").append(word);
				i++;
			}
			else if (sql.isSymbol(i, '(') && name.length() > 0) {
				int close = sql.closing(i);
				for (int k = i + 1; k < close; k++) {
					if (sql.kind(k) == Sql.NUMBER) {
						arguments.add(parseInt(sql.text(k)));
					}
				}
				i = close + 1;
			}
			else if (sql.isSymbol(i, '[')) {
				name.append("[]");
				i = i + 2;
			}
			else {
				break;
			}
		}
		String base = name.toString().toLowerCase(Locale.ROOT);
		if (base.startsWith("timestamp") || base.startsWith("time ")) {
			base = base.contains("with time zone") ? base.replace(" with time zone", "tz") : base.replace(" without time zone", "");
		}
		return new ColumnType(alias(base), List.copyOf(arguments));
	}

	/** The usual name of a type written under another name; switches rather than maps: nothing to build on loading. */
	private static String alias(String type) {
		return switch (type) {
			case "integer", "int4" -> "int";
			case "int8" -> "bigint";
			case "int2" -> "smallint";
			case "character varying", "varchar2", "nvarchar" -> "varchar";
			case "character", "bpchar" -> "char";
			case "decimal", "dec" -> "numeric";
			case "int1" -> "tinyint";
			case "int3" -> "mediumint";
			case "serial4" -> "serial";
			case "serial8" -> "bigserial";
			case "float8", "double" -> "double precision";
			case "float4" -> "real";
			case "bool" -> "boolean";
			default -> type;
		};
	}

	/** Words that end a type: constraints and column options. */
	private static boolean isStop(String word) {
		return switch (word) {
			case "not", "null", "default", "constraint", "primary", "unique", "references", "check", "generated",
					"collate", "auto_increment", "comment", "first", "after", "on", "character", "charset", "invisible",
					"using", "as", "unsigned", "signed", "zerofill", "identity", "storage", "compression", "key", "with",
					"without", "array" -> true;
			default -> false;
		};
	}

	/** The rank of an integer type, from tinyint (0) to bigint (4); -1 for another type. */
	private static int integerRank(String type) {
		return switch (type) {
			case "tinyint" -> 0;
			case "smallint" -> 1;
			case "mediumint" -> 2;
			case "int" -> 3;
			case "bigint" -> 4;
			default -> -1;
		};
	}

	/** Multi-word type names: character varying, double precision, timestamp with(out) time zone. */
	private static boolean continuesName(String soFar, String word) {
		return switch (word) {
			case "varying" -> soFar.equals("character") || soFar.equals("bit");
			case "precision" -> soFar.equals("double");
			case "with", "without" -> soFar.startsWith("timestamp") || soFar.startsWith("time");
			case "time" -> soFar.endsWith("with") || soFar.endsWith("without");
			case "zone" -> soFar.endsWith("time");
			default -> false;
		};
	}

	private static int parseInt(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

	boolean isKnown() {
		return !this.base.isEmpty();
	}

	boolean isSerial() {
		return this.base.equals("serial") || this.base.equals("bigserial") || this.base.equals("smallserial");
	}

	private boolean isCharacter() {
		return this.base.equals("varchar") || this.base.equals("char") || this.base.equals("text");
	}

	/** Length limit of a character type; {@code MAX_VALUE} for text and unbounded varchar. */
	private int length() {
		if (this.base.equals("text") || this.arguments.isEmpty()) {
			return this.base.equals("char") && this.arguments.isEmpty() ? 1 : Integer.MAX_VALUE;
		}
		return this.arguments.get(0);
	}

	/** Whether existing values may not fit (or not convert) when a column of this type becomes {@code target}. */
	boolean narrowsTo(ColumnType target) {
		if (equals(target)) {
			return false;
		}
		if (isCharacter() && target.isCharacter()) {
			return target.length() < length();
		}
		if (integerRank(this.base) >= 0 && integerRank(target.base) >= 0) {
			return integerRank(target.base) < integerRank(this.base);
		}
		if (this.base.equals("numeric") && target.base.equals("numeric")) {
			return digits(target, 0) < digits(this, 0) || digits(target, 1) < digits(this, 1);
		}
		if (integerRank(this.base) >= 0 && target.base.equals("numeric")) {
			return false;
		}
		// another family: converting may fail, except to unbounded text
		return !(target.isCharacter() && target.length() == Integer.MAX_VALUE);
	}

	/** Whether PostgreSQL changes this type to {@code target} without rewriting the table. */
	boolean changesInPlaceTo(ColumnType target) {
		if (equals(target)) {
			return true;
		}
		if (this.base.equals("varchar") && (target.base.equals("text") || target.base.equals("varchar"))) {
			return target.length() >= length();
		}
		if (this.base.equals("numeric") && target.base.equals("numeric")) {
			return target.arguments.isEmpty()
					|| (digits(target, 0) >= digits(this, 0) && digits(target, 1) == digits(this, 1));
		}
		return false;
	}

	private static int digits(ColumnType type, int index) {
		return (type.arguments.size() > index) ? type.arguments.get(index) : ((index == 0) ? 1000 : 0);
	}

	// equals and hashCode written out: a record's own go through an invokedynamic bootstrap
	// (ObjectMethods) that costs about 15 ms the first time a JVM compares two types

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof ColumnType type && this.base.equals(type.base)
				&& this.arguments.equals(type.arguments));
	}

	@Override
	public int hashCode() {
		return 31 * this.base.hashCode() + this.arguments.hashCode();
	}

	@Override
	public String toString() {
		return this.arguments.isEmpty() ? this.base
				: this.base + this.arguments.toString().replace('[', '(').replace(']', ')').replace(" ", "");
	}

}
