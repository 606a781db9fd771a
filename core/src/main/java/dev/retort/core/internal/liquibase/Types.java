package dev.retort.core.internal.liquibase;

import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.internal.db.Dialect;

/**
 * The type names handed to Liquibase for each generic type. Liquibase maps most names itself; the
 * ones chosen here avoid its surprises (PostgreSQL {@code BLOB} becoming {@code OID}, MariaDB
 * {@code TIMESTAMP} with its implicit defaults, MariaDB's {@code UUID} type that MySQL lacks).
 */
final class Types {

	private Types() {
	}

	static String of(ColumnType type, Dialect dialect) {
		return switch (type.kind()) {
			case STRING -> "VARCHAR(" + type.length().getAsInt() + ")";
			case INTEGER -> "INT";
			case BIGINT -> "BIGINT";
			case BOOLEAN -> "BOOLEAN";
			case DECIMAL -> "DECIMAL(" + type.length().getAsInt() + ", " + type.scale().getAsInt() + ")";
			case TIMESTAMP -> (dialect == Dialect.MARIADB) ? "DATETIME(6)" : "TIMESTAMP";
			case UUID -> (dialect == Dialect.MARIADB) ? "CHAR(36)" : "UUID";
			case JSON -> "JSON";
			case TEXT -> "CLOB";
			case BINARY -> switch (dialect) {
				case H2 -> "BLOB";
				case POSTGRESQL -> "BYTEA";
				case MARIADB -> "LONGBLOB";
			};
			case NATIVE -> type.nativeType();
		};
	}

}
