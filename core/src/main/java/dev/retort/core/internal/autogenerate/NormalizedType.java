package dev.retort.core.internal.autogenerate;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type reduced to what matters when comparing: a family and, for the families where it
 * is part of the type, a length or precision and a scale. {@code VARCHAR(255)} and
 * {@code character varying(255)} both become {@code VARCHAR(255)}; {@code int4}, {@code serial}
 * and {@code INTEGER} become {@code INTEGER}; MariaDB's {@code tinyint(1)} and {@code bit(1)} become
 * {@code BOOLEAN}.
 *
 * @param family the canonical name
 * @param length the length or precision where the family has one
 * @param scale the scale of a decimal
 * @since 0.1.0
 */
public record NormalizedType(String family, OptionalInt length, OptionalInt scale) {

	private static final int H2_TEXT_LENGTH = 1_000_000_000;

	private static final Pattern TYPE = Pattern.compile("([^(]*?)\\s*(?:\\(([^)]*)\\))?\\s*([^(]*)");

	private static final Map<String, String> FAMILIES = Map.ofEntries(Map.entry("varchar", "VARCHAR"),
			Map.entry("character varying", "VARCHAR"), Map.entry("nvarchar", "VARCHAR"),
			Map.entry("varchar2", "VARCHAR"), Map.entry("national character varying", "VARCHAR"),
			Map.entry("varchar_ignorecase", "VARCHAR"), Map.entry("char", "CHAR"), Map.entry("character", "CHAR"),
			Map.entry("bpchar", "CHAR"), Map.entry("nchar", "CHAR"), Map.entry("integer", "INTEGER"),
			Map.entry("int", "INTEGER"), Map.entry("int4", "INTEGER"), Map.entry("serial", "INTEGER"),
			Map.entry("serial4", "INTEGER"), Map.entry("mediumint", "INTEGER"), Map.entry("bigint", "BIGINT"),
			Map.entry("int8", "BIGINT"), Map.entry("bigserial", "BIGINT"), Map.entry("serial8", "BIGINT"),
			Map.entry("smallint", "SMALLINT"), Map.entry("int2", "SMALLINT"), Map.entry("smallserial", "SMALLINT"),
			Map.entry("boolean", "BOOLEAN"), Map.entry("bool", "BOOLEAN"), Map.entry("numeric", "DECIMAL"),
			Map.entry("decimal", "DECIMAL"), Map.entry("dec", "DECIMAL"), Map.entry("real", "REAL"),
			Map.entry("float4", "REAL"), Map.entry("double", "DOUBLE"), Map.entry("double precision", "DOUBLE"),
			Map.entry("float8", "DOUBLE"), Map.entry("timestamp", "TIMESTAMP"),
			Map.entry("timestamp without time zone", "TIMESTAMP"), Map.entry("datetime", "TIMESTAMP"),
			Map.entry("timestamptz", "TIMESTAMPTZ"), Map.entry("timestamp with time zone", "TIMESTAMPTZ"),
			Map.entry("date", "DATE"), Map.entry("time", "TIME"), Map.entry("time without time zone", "TIME"),
			Map.entry("timetz", "TIMETZ"), Map.entry("time with time zone", "TIMETZ"), Map.entry("text", "CLOB"),
			Map.entry("clob", "CLOB"), Map.entry("character large object", "CLOB"), Map.entry("longtext", "CLOB"),
			Map.entry("mediumtext", "CLOB"), Map.entry("tinytext", "CLOB"), Map.entry("nclob", "CLOB"),
			Map.entry("bytea", "BLOB"), Map.entry("blob", "BLOB"), Map.entry("binary large object", "BLOB"),
			Map.entry("longblob", "BLOB"), Map.entry("mediumblob", "BLOB"), Map.entry("tinyblob", "BLOB"),
			Map.entry("oid", "BLOB"), Map.entry("varbinary", "VARBINARY"), Map.entry("binary varying", "VARBINARY"),
			Map.entry("uuid", "UUID"), Map.entry("json", "JSON"), Map.entry("jsonb", "JSON"),
			Map.entry("enum", "ENUM"), Map.entry("tinyint", "TINYINT"));

	/**
	 * Normalize a type as a database or Hibernate writes it.
	 * @param text for example {@code character varying(255)}
	 * @return the normalized type
	 */
	public static NormalizedType of(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		Matcher matcher = TYPE.matcher(lower);
		if (!matcher.matches()) {
			return new NormalizedType(lower.toUpperCase(Locale.ROOT), OptionalInt.empty(), OptionalInt.empty());
		}
		String base = (matcher.group(1) + " " + matcher.group(3)).strip();
		String args = (matcher.group(2) != null) ? matcher.group(2) : "";
		if (base.startsWith("enum")) {
			// native enums (MariaDB, H2): the value list is a check Hibernate owns, not a type difference
			return new NormalizedType("ENUM", OptionalInt.empty(), OptionalInt.empty());
		}
		String family = FAMILIES.getOrDefault(base, base.toUpperCase(Locale.ROOT));
		OptionalInt first = number(args, 0);
		switch (family) {
			case "VARCHAR", "CHAR", "VARBINARY" -> {
				// H2 2.x stores text (and an unsized varchar) as CHARACTER VARYING of its largest length
				return (family.equals("VARCHAR") && first.orElse(0) == H2_TEXT_LENGTH) ? simple("CLOB")
						: new NormalizedType(family, first, OptionalInt.empty());
			}
			case "DECIMAL" -> {
				OptionalInt scale = number(args, 1);
				return new NormalizedType(family, first, first.isPresent() ? OptionalInt.of(scale.orElse(0)) : scale);
			}
			case "TINYINT", "BIT" -> {
				boolean flag = family.equals("BIT") || (first.isPresent() && first.getAsInt() == 1);
				return flag && first.orElse(1) == 1 ? simple("BOOLEAN") : simple(family);
			}
			case "FLOAT" -> {
				return simple((first.isPresent() && first.getAsInt() <= 24) ? "REAL" : "DOUBLE");
			}
			default -> {
				return simple(family);
			}
		}
	}

	private static NormalizedType simple(String family) {
		return new NormalizedType(family, OptionalInt.empty(), OptionalInt.empty());
	}

	private static OptionalInt number(String args, int position) {
		String[] parts = args.split(",");
		if (position >= parts.length) {
			return OptionalInt.empty();
		}
		try {
			return OptionalInt.of(Integer.parseInt(parts[position].strip()));
		}
		catch (NumberFormatException ex) {
			return OptionalInt.empty();
		}
	}

	/**
	 * Whether two types mean the same: same family, and same length and scale where both sides
	 * state them.
	 * @param other the other type
	 * @return {@code true} when no change is needed
	 */
	public boolean sameAs(NormalizedType other) {
		return this.family.equals(other.family) && same(this.length, other.length) && same(this.scale, other.scale);
	}

	private static boolean same(OptionalInt a, OptionalInt b) {
		return a.isEmpty() || b.isEmpty() || a.getAsInt() == b.getAsInt();
	}

}
