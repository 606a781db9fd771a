package dev.retort.core.internal.liquibase;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.internal.db.Dialect;

/**
 * The type names handed to Liquibase for each generic type. Liquibase maps most names itself; the
 * ones chosen here avoid its surprises (PostgreSQL {@code BLOB} becoming {@code OID}, MariaDB
 * {@code TIMESTAMP} with its implicit defaults, MariaDB's {@code UUID} type that MySQL lacks).
 *
 * <p>A database's own type ({@code ColumnType.of}) is used as written, as Hibernate uses a
 * {@code columnDefinition}: Liquibase would map it ({@code text} becomes {@code CLOB} on H2, where
 * H2 makes {@code text} a {@code CHARACTER VARYING}; {@code tinyint(1)} becomes {@code SMALLINT}
 * on PostgreSQL). It goes through Liquibase as a name Liquibase does not know, which it leaves
 * alone, and {@link #verbatim(String)} puts the text back into the generated SQL.
 */
final class Types {

	private static final String NATIVE_MARK = "RETORT_NATIVE_TYPE_";

	private static final Pattern NATIVE = Pattern.compile(NATIVE_MARK + "([0-9A-F]+)");

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
			case NATIVE -> NATIVE_MARK + HexFormat.of().withUpperCase()
				.formatHex(type.nativeType().getBytes(StandardCharsets.UTF_8));
		};
	}

	/**
	 * The SQL Liquibase generated for a type of {@link #of}, with native types as written.
	 * @param sql a statement or a type
	 * @return the same with each native type's text in place
	 */
	static String verbatim(String sql) {
		return NATIVE.matcher(sql).replaceAll((match) -> Matcher.quoteReplacement(
				new String(HexFormat.of().parseHex(match.group(1)), StandardCharsets.UTF_8)));
	}

}
