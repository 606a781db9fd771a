package dev.retort.core.internal.liquibase;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import dev.retort.core.api.migration.ColumnChange;
import dev.retort.core.api.migration.ColumnType;

/**
 * Keeps a type change from rounding stored values without a word. Every database rounds a
 * decimal to the new type's scale (and a fraction to an integer) on {@code ALTER}, even in
 * MariaDB's strict mode; lengths, precision and ranges already fail there. So when the column's
 * existing type holds more fractional digits than the new one, a check constraint that only
 * values already at the new scale pass is added first: adding it fails, with nothing changed,
 * when a row would be rounded. It is dropped again right after the change.
 */
final class FitGuard {

	private FitGuard() {
	}

	/**
	 * The statements around the change, or empty when the change cannot round.
	 * @param change the change, with its {@code existingType}
	 * @param table the quoted table name
	 * @param column the quoted column name
	 * @param name the unquoted column name, for the constraint's name
	 * @return the statement before and the statement after the change
	 */
	static Optional<List<String>> around(ColumnChange change, String table, String column, String name) {
		if (change.newType().isEmpty() || change.existingType().isEmpty()) {
			return Optional.empty();
		}
		OptionalInt target = scale(change.newType().get());
		OptionalInt existing = scale(change.existingType().get());
		if (target.isEmpty() || existing.isEmpty() || existing.getAsInt() <= target.getAsInt()) {
			return Optional.empty();
		}
		String constraint = ("retort_fits_" + name).toLowerCase(Locale.ROOT);
		constraint = constraint.substring(0, Math.min(constraint.length(), 60));
		return Optional.of(List.of(
				"ALTER TABLE " + table + " ADD CONSTRAINT " + constraint + " CHECK (" + column + " = ROUND(" + column
						+ ", " + target.getAsInt() + "))",
				"ALTER TABLE " + table + " DROP CONSTRAINT " + constraint));
	}

	/**
	 * The fractional digits a numeric type keeps: its scale, 0 for integers, {@code MAX_VALUE}
	 * for floating point; empty for other types.
	 */
	private static OptionalInt scale(ColumnType type) {
		return switch (type.kind()) {
			case DECIMAL -> type.scale();
			case INTEGER, BIGINT -> OptionalInt.of(0);
			case NATIVE -> nativeScale(type.nativeType().toLowerCase(Locale.ROOT));
			default -> OptionalInt.empty();
		};
	}

	private static OptionalInt nativeScale(String type) {
		String base = type.replaceAll("\\(.*", "").strip();
		if (List.of("smallint", "tinyint", "mediumint", "int", "integer", "bigint", "int2", "int4", "int8")
			.contains(base)) {
			return OptionalInt.of(0);
		}
		if (List.of("numeric", "decimal").contains(base)) {
			if (!type.contains("(")) {
				return OptionalInt.of(base.equals("numeric") ? Integer.MAX_VALUE : 0);
			}
			String[] args = type.replaceAll(".*\\(|\\).*", "").split(",");
			return OptionalInt.of((args.length > 1) ? Integer.parseInt(args[1].strip()) : 0);
		}
		if (List.of("real", "float", "float4", "float8", "double", "double precision").contains(base)) {
			return OptionalInt.of(Integer.MAX_VALUE);
		}
		return OptionalInt.empty();
	}

}
