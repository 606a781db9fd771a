package dev.retort.core.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A column type as written in DDL, reduced to a family, a rank and its arguments so that lint can
 * tell widening from narrowing.
 *
 * @param base the normalized type name, for example {@code varchar} or {@code bigint}
 * @param arguments the numbers in parentheses: length, or precision and scale
 */
record ColumnType(String base, List<Integer> arguments) {

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("integer", "int"),
			Map.entry("int4", "int"), Map.entry("int8", "bigint"), Map.entry("int2", "smallint"),
			Map.entry("character varying", "varchar"), Map.entry("varchar2", "varchar"),
			Map.entry("nvarchar", "varchar"), Map.entry("character", "char"), Map.entry("bpchar", "char"),
			Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"), Map.entry("int1", "tinyint"),
			Map.entry("int3", "mediumint"), Map.entry("serial4", "serial"), Map.entry("serial8", "bigserial"),
			Map.entry("float8", "double precision"), Map.entry("double", "double precision"),
			Map.entry("float4", "real"), Map.entry("bool", "boolean"));

	private static final List<String> INTEGERS = List.of("tinyint", "smallint", "mediumint", "int", "bigint");

	private static final Set<String> STOP = Set.of("not", "null", "default", "constraint", "primary", "unique",
			"references", "check", "generated", "collate", "auto_increment", "comment", "first", "after", "on",
			"character", "charset", "invisible", "using", "as", "unsigned", "signed", "zerofill", "identity",
			"storage", "compression", "key", "with", "without", "array");

	/** Read the type starting at {@code from}, up to the first constraint keyword; empty base when none. */
	static ColumnType read(Sql sql, int from, int to) {
		StringBuilder name = new StringBuilder();
		List<Integer> arguments = new ArrayList<>();
		int i = from;
		while (i < to) {
			Token token = sql.at(i);
			if (token.kind() == Token.Kind.WORD && !(name.length() > 0 && STOP.contains(token.name()))) {
				if (name.length() > 0 && !continuesName(name.toString(), token.name())) {
					break;
				}
				name.append(name.length() > 0 ? " " : "").append(token.name());
				i++;
			}
			else if (token.isSymbol('(') && name.length() > 0) {
				int close = sql.closing(i);
				for (int k = i + 1; k < close; k++) {
					if (sql.at(k).kind() == Token.Kind.NUMBER) {
						arguments.add(parseInt(sql.at(k).text()));
					}
				}
				i = close + 1;
			}
			else if (token.isSymbol('[')) {
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
		return new ColumnType(ALIASES.getOrDefault(base, base), List.copyOf(arguments));
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
		if (INTEGERS.contains(this.base) && INTEGERS.contains(target.base)) {
			return INTEGERS.indexOf(target.base) < INTEGERS.indexOf(this.base);
		}
		if (this.base.equals("numeric") && target.base.equals("numeric")) {
			return digits(target, 0) < digits(this, 0) || digits(target, 1) < digits(this, 1);
		}
		if (INTEGERS.contains(this.base) && target.base.equals("numeric")) {
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

	@Override
	public String toString() {
		return this.arguments.isEmpty() ? this.base
				: this.base + this.arguments.toString().replace('[', '(').replace(']', ')').replace(" ", "");
	}

}
