package dev.retort.core.internal.autogenerate;

import dev.retort.core.api.migration.ColumnType;

/**
 * The Operations API type for a model type: portable factories where the type means the same on
 * every database, else the model's own text. SQL files and Java revisions use the same mapping, so
 * both formats create the same columns.
 */
final class ColumnTypes {

	private ColumnTypes() {
	}

	static ColumnType of(String text) {
		NormalizedType type = NormalizedType.of(text);
		return switch (type.family()) {
			case "VARCHAR" -> type.length().isPresent() ? ColumnType.string(type.length().getAsInt()) : ColumnType.of(text);
			case "INTEGER" -> ColumnType.integer();
			case "BIGINT" -> ColumnType.bigint();
			// MariaDB's bit and tinyint(1) stay as the model spells them, as Hibernate creates them
			case "BOOLEAN" -> text.strip().toLowerCase(java.util.Locale.ROOT).startsWith("bool") ? ColumnType.bool()
					: ColumnType.of(text);
			case "DECIMAL" -> type.length().isPresent()
					? ColumnType.decimal(type.length().getAsInt(), type.scale().orElse(0)) : ColumnType.of(text);
			default -> ColumnType.of(text);
		};
	}

	/** The Java expression that builds {@link #of(String)}. */
	static String source(String text) {
		ColumnType type = of(text);
		return switch (type.kind()) {
			case STRING -> "ColumnType.string(" + type.length().getAsInt() + ")";
			case DECIMAL -> "ColumnType.decimal(" + type.length().getAsInt() + ", " + type.scale().getAsInt() + ")";
			case INTEGER -> "ColumnType.integer()";
			case BIGINT -> "ColumnType.bigint()";
			case BOOLEAN -> "ColumnType.bool()";
			default -> "ColumnType.of(" + JavaRevisionRenderer.q(type.nativeType()) + ")";
		};
	}

}
