package dev.retort.core.api.migration;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A database-neutral column type, mapped to each database's own type when rendered:
 *
 * <table>
 * <caption>Types per database</caption>
 * <tr><th>type</th><th>H2</th><th>PostgreSQL</th><th>MariaDB / MySQL</th></tr>
 * <tr><td>{@link #string(int) string(n)}</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td></tr>
 * <tr><td>{@link #integer()}</td><td>INT</td><td>INTEGER</td><td>INT</td></tr>
 * <tr><td>{@link #bigint()}</td><td>BIGINT</td><td>BIGINT</td><td>BIGINT</td></tr>
 * <tr><td>{@link #bool()}</td><td>BOOLEAN</td><td>BOOLEAN</td><td>TINYINT(1)</td></tr>
 * <tr><td>{@link #decimal(int, int) decimal(p,s)}</td><td>DECIMAL(p, s)</td><td>DECIMAL(p, s)</td><td>DECIMAL(p, s)</td></tr>
 * <tr><td>{@link #timestamp()}</td><td>TIMESTAMP</td><td>TIMESTAMP WITHOUT TIME ZONE</td><td>DATETIME(6)</td></tr>
 * <tr><td>{@link #uuid()}</td><td>UUID</td><td>UUID</td><td>CHAR(36)</td></tr>
 * <tr><td>{@link #json()}</td><td>JSON</td><td>JSON</td><td>JSON</td></tr>
 * <tr><td>{@link #text()}</td><td>CLOB</td><td>TEXT</td><td>LONGTEXT</td></tr>
 * <tr><td>{@link #binary()}</td><td>BLOB</td><td>BYTEA</td><td>LONGBLOB</td></tr>
 * </table>
 *
 * <p>{@link #of(String)} passes a database's own type through unchanged. Immutable.
 *
 * @since 0.1.0
 */
public final class ColumnType {

	/**
	 * The kinds of column type.
	 *
	 * @since 0.1.0
	 */
	public enum Kind {

		/** {@link #string(int)}. */
		STRING,
		/** {@link #integer()}. */
		INTEGER,
		/** {@link #bigint()}. */
		BIGINT,
		/** {@link #bool()}. */
		BOOLEAN,
		/** {@link #decimal(int, int)}. */
		DECIMAL,
		/** {@link #timestamp()}. */
		TIMESTAMP,
		/** {@link #uuid()}. */
		UUID,
		/** {@link #json()}. */
		JSON,
		/** {@link #text()}. */
		TEXT,
		/** {@link #binary()}. */
		BINARY,
		/** {@link #of(String)}: a database's own type. */
		NATIVE

	}

	private final Kind kind;

	private final int length;

	private final int scale;

	private final String nativeType;

	private ColumnType(Kind kind, int length, int scale, String nativeType) {
		this.kind = kind;
		this.length = length;
		this.scale = scale;
		this.nativeType = nativeType;
	}

	/**
	 * A variable-length string.
	 * @param length the maximum number of characters, at least 1
	 * @return the type
	 */
	public static ColumnType string(int length) {
		if (length < 1) {
			throw new IllegalArgumentException("'length' must be at least 1, was " + length);
		}
		return new ColumnType(Kind.STRING, length, -1, "");
	}

	/**
	 * A 32-bit integer.
	 * @return the type
	 */
	public static ColumnType integer() {
		return new ColumnType(Kind.INTEGER, -1, -1, "");
	}

	/**
	 * A 64-bit integer.
	 * @return the type
	 */
	public static ColumnType bigint() {
		return new ColumnType(Kind.BIGINT, -1, -1, "");
	}

	/**
	 * A boolean.
	 * @return the type
	 */
	public static ColumnType bool() {
		return new ColumnType(Kind.BOOLEAN, -1, -1, "");
	}

	/**
	 * An exact decimal number.
	 * @param precision the total number of digits, at least 1
	 * @param scale the digits after the decimal point, between 0 and {@code precision}
	 * @return the type
	 */
	public static ColumnType decimal(int precision, int scale) {
		if (precision < 1 || scale < 0 || scale > precision) {
			throw new IllegalArgumentException("'precision' must be at least 1 and 'scale' between 0 and precision, were "
					+ precision + " and " + scale);
		}
		return new ColumnType(Kind.DECIMAL, precision, scale, "");
	}

	/**
	 * A date and time without time zone, with microseconds.
	 * @return the type
	 */
	public static ColumnType timestamp() {
		return new ColumnType(Kind.TIMESTAMP, -1, -1, "");
	}

	/**
	 * A UUID (a 36-character string on MariaDB and MySQL).
	 * @return the type
	 */
	public static ColumnType uuid() {
		return new ColumnType(Kind.UUID, -1, -1, "");
	}

	/**
	 * A JSON document.
	 * @return the type
	 */
	public static ColumnType json() {
		return new ColumnType(Kind.JSON, -1, -1, "");
	}

	/**
	 * Text of unlimited length.
	 * @return the type
	 */
	public static ColumnType text() {
		return new ColumnType(Kind.TEXT, -1, -1, "");
	}

	/**
	 * Binary data of unlimited length.
	 * @return the type
	 */
	public static ColumnType binary() {
		return new ColumnType(Kind.BINARY, -1, -1, "");
	}

	/**
	 * A database's own type, used as written on every database.
	 * @param sqlType for example {@code "INTERVAL"} or {@code "VARCHAR(20) CHARACTER SET ascii"}
	 * @return the type
	 */
	public static ColumnType of(String sqlType) {
		Objects.requireNonNull(sqlType, "'sqlType' must not be null");
		if (sqlType.isBlank()) {
			throw new IllegalArgumentException("'sqlType' must not be blank");
		}
		return new ColumnType(Kind.NATIVE, -1, -1, sqlType.strip());
	}

	/**
	 * The kind.
	 * @return the kind
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * The length of a string or the precision of a decimal.
	 * @return the length or precision; empty for other kinds
	 */
	public OptionalInt length() {
		return (this.length < 0) ? OptionalInt.empty() : OptionalInt.of(this.length);
	}

	/**
	 * The scale of a decimal.
	 * @return the scale; empty for other kinds
	 */
	public OptionalInt scale() {
		return (this.scale < 0) ? OptionalInt.empty() : OptionalInt.of(this.scale);
	}

	/**
	 * The type text of {@link #of(String)}.
	 * @return the text; empty for the generic kinds
	 */
	public String nativeType() {
		return this.nativeType;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof ColumnType that) && this.kind == that.kind && this.length == that.length
				&& this.scale == that.scale && this.nativeType.equals(that.nativeType);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.kind, this.length, this.scale, this.nativeType);
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case STRING -> "string(" + this.length + ")";
			case DECIMAL -> "decimal(" + this.length + "," + this.scale + ")";
			case NATIVE -> "of(" + this.nativeType + ")";
			case BOOLEAN -> "bool()";
			default -> this.kind.name().toLowerCase(java.util.Locale.ROOT) + "()";
		};
	}

}
