package dev.retort.core.internal.autogenerate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import dev.retort.core.autogenerate.ColumnModel;

/**
 * What a reviewer must know about an operation before it runs on a database holding data: drops
 * lose data, and narrowing changes (a shorter string, fewer digits, a smaller integer type,
 * {@code NOT NULL}) fail when a row does not fit. The rendered SQL fails rather than cut or round;
 * these comments say so, with a query that counts the rows in the way. A changed sequence start
 * is noted: it never moves the sequence's next value.
 */
final class Risks {

	private static final Map<String, Integer> INTEGER_RANK = Map.of("TINYINT", 1, "SMALLINT", 2, "INTEGER", 3,
			"BIGINT", 4);

	private static final Map<Integer, String> RANGE = Map.of(1, "-128 AND 127", 2, "-32768 AND 32767", 3,
			"-2147483648 AND 2147483647");

	private Risks() {
	}

	/**
	 * The comment lines (without comment markers) for one operation.
	 * @param op the operation
	 * @return the lines; empty when the operation risks nothing
	 */
	static List<String> of(SchemaOp op) {
		if (op instanceof SchemaOp.DropTable drop) {
			return List.of("DROP: removes table " + drop.table().name() + " and every row in it");
		}
		if (op instanceof SchemaOp.DropColumn drop) {
			return List.of("DROP: removes column " + drop.table() + "." + drop.column().name() + " and its values");
		}
		if (op instanceof SchemaOp.AlterColumn alter) {
			List<String> lines = new ArrayList<>();
			String column = alter.from().name();
			if (alter.type()) {
				String condition = notFitting(column, alter.from(), alter.to());
				if (condition != null) {
					lines.add("WARNING: " + alter.table() + "." + column + " " + alter.from().type() + " -> "
							+ alter.to().type() + " fails, changing nothing, when a value does not fit; rows in the way: "
							+ count(alter.table(), condition));
				}
			}
			if (alter.nullable() && !alter.to().nullable()) {
				lines.add("WARNING: NOT NULL on " + alter.table() + "." + column
						+ " fails, changing nothing, while the column holds NULLs; rows in the way: "
						+ count(alter.table(), column + " IS NULL"));
			}
			return lines;
		}
		if (op instanceof SchemaOp.AlterSequence alter && alter.start()) {
			String name = alter.to().name();
			return List.of("NOTE: sequence " + name + " start " + alter.from().start() + " -> " + alter.to().start()
					+ " changes the recorded start only; the next value stays where it is, so no value is handed out"
					+ " twice. To move it, add ALTER SEQUENCE " + name + " RESTART WITH " + alter.to().start()
					+ " after checking that no stored id is at or above that value");
		}
		return List.of();
	}

	private static String count(String table, String condition) {
		return "SELECT COUNT(*) FROM " + table + " WHERE " + condition;
	}

	/** The condition of rows that do not fit the new type; {@code null} for a widening change. */
	private static String notFitting(String column, ColumnModel from, ColumnModel to) {
		NormalizedType before = NormalizedType.of(from.type());
		NormalizedType after = NormalizedType.of(to.type());
		if (text(after.family())) {
			if (after.length().isEmpty()) {
				return text(before.family()) ? null : column + " IS NOT NULL";
			}
			int length = after.length().getAsInt();
			boolean wider = text(before.family()) && before.length().isPresent()
					&& before.length().getAsInt() <= length;
			return wider ? null : "CHAR_LENGTH(" + column + ") > " + length;
		}
		Integer rank = INTEGER_RANK.get(after.family());
		if (rank != null) {
			Integer beforeRank = INTEGER_RANK.get(before.family());
			if (beforeRank != null) {
				return (beforeRank <= rank) ? null : column + " NOT BETWEEN " + RANGE.get(rank);
			}
			String range = (rank == 4) ? "" : " OR " + column + " NOT BETWEEN " + RANGE.get(rank);
			return numeric(before.family()) ? column + " <> ROUND(" + column + ", 0)" + range : column + " IS NOT NULL";
		}
		if (after.family().equals("DECIMAL") && after.length().isPresent()) {
			int scale = after.scale().orElse(0);
			int digits = after.length().getAsInt() - scale;
			List<String> conditions = new ArrayList<>();
			OptionalInt beforeScale = before.family().equals("DECIMAL") ? before.scale() : OptionalInt.empty();
			boolean keepsScale = beforeScale.isPresent() && beforeScale.getAsInt() <= scale;
			if (!keepsScale && !INTEGER_RANK.containsKey(before.family())) {
				conditions.add(column + " <> ROUND(" + column + ", " + scale + ")");
			}
			boolean fewerDigits = !before.family().equals("DECIMAL") || before.length().isEmpty()
					|| before.length().getAsInt() - before.scale().orElse(0) > digits;
			if (fewerDigits) {
				conditions.add("ABS(" + column + ") >= " + BigInteger.TEN.pow(digits));
			}
			if (!numeric(before.family()) && !INTEGER_RANK.containsKey(before.family())) {
				return column + " IS NOT NULL";
			}
			return conditions.isEmpty() ? null : String.join(" OR ", conditions);
		}
		return before.family().equals(after.family()) ? null : column + " IS NOT NULL";
	}

	private static boolean text(String family) {
		return family.equals("VARCHAR") || family.equals("CHAR") || family.equals("CLOB");
	}

	private static boolean numeric(String family) {
		return family.equals("DECIMAL") || family.equals("REAL") || family.equals("DOUBLE");
	}

}
