package dev.retort.core.api.migration;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What {@link Operations#alterColumn} changes: the type, nullability, default and name, in any
 * combination. Every method returns a new change.
 *
 * <pre class="code">
 * op.alterColumn("users", "name", ColumnChange.type(ColumnType.string(200)).existingType(ColumnType.string(100)));
 * op.alterColumn("users", "nick", ColumnChange.rename("nickname"));
 * op.alterColumn("users", "email", ColumnChange.nullable(false).defaultValue(""));
 * </pre>
 *
 * <p><strong>The {@code existing*} facts</strong> (as in Alembic's {@code existing_type},
 * {@code existing_nullable}, {@code existing_server_default}) describe the column before the
 * change. MariaDB and MySQL cannot change a column's type, nullability or name without restating
 * the whole column ({@code MODIFY} / {@code CHANGE} silently drop {@code NOT NULL} and the default
 * otherwise). Online, Retort reads what it needs from the database; offline
 * ({@code upgrade --sql}) it needs these facts and says which one is missing. They also make the
 * change reversible: a change is undone automatically when every changed aspect has its existing
 * value declared (a rename alone always is).
 *
 * @since 0.1.0
 */
public final class ColumnChange {

	private static final ColumnChange EMPTY = new ColumnChange(null, null, null, null, null, null, null);

	private final @Nullable ColumnType type;

	private final @Nullable Boolean nullable;

	private final @Nullable DefaultValue defaultValue;

	private final @Nullable String newName;

	private final @Nullable ColumnType existingType;

	private final @Nullable Boolean existingNullable;

	private final @Nullable DefaultValue existingDefault;

	private ColumnChange(@Nullable ColumnType type, @Nullable Boolean nullable, @Nullable DefaultValue defaultValue,
			@Nullable String newName, @Nullable ColumnType existingType, @Nullable Boolean existingNullable,
			@Nullable DefaultValue existingDefault) {
		this.type = type;
		this.nullable = nullable;
		this.defaultValue = defaultValue;
		this.newName = newName;
		this.existingType = existingType;
		this.existingNullable = existingNullable;
		this.existingDefault = existingDefault;
	}

	/**
	 * A change of type.
	 * @param type the new type
	 * @return the change
	 */
	public static ColumnChange type(ColumnType type) {
		return EMPTY.toType(type);
	}

	/**
	 * A change of nullability.
	 * @param nullable whether the column accepts {@code NULL} afterwards
	 * @return the change
	 */
	public static ColumnChange nullable(boolean nullable) {
		return EMPTY.toNullable(nullable);
	}

	/**
	 * A change of default.
	 * @param value the new default; {@link DefaultValue#none()} drops it
	 * @return the change
	 */
	public static ColumnChange defaultTo(DefaultValue value) {
		return EMPTY.withDefault(value);
	}

	/**
	 * A rename.
	 * @param newName the new column name
	 * @return the change
	 */
	public static ColumnChange rename(String newName) {
		return EMPTY.renameTo(newName);
	}

	/**
	 * This change, also changing the type.
	 * @param type the new type
	 * @return the new change
	 */
	public ColumnChange toType(ColumnType type) {
		Objects.requireNonNull(type, "'type' must not be null");
		return new ColumnChange(type, this.nullable, this.defaultValue, this.newName, this.existingType,
				this.existingNullable, this.existingDefault);
	}

	/**
	 * This change, also changing nullability.
	 * @param nullable whether the column accepts {@code NULL} afterwards
	 * @return the new change
	 */
	public ColumnChange toNullable(boolean nullable) {
		return new ColumnChange(this.type, nullable, this.defaultValue, this.newName, this.existingType,
				this.existingNullable, this.existingDefault);
	}

	/**
	 * This change, also setting a literal default.
	 * @param value a {@link String}, {@link Number} or {@link Boolean}
	 * @return the new change
	 */
	public ColumnChange defaultValue(Object value) {
		return withDefault(DefaultValue.of(value));
	}

	/**
	 * This change, also changing the default.
	 * @param value the new default; {@link DefaultValue#none()} drops it
	 * @return the new change
	 */
	public ColumnChange withDefault(DefaultValue value) {
		Objects.requireNonNull(value, "'value' must not be null");
		return new ColumnChange(this.type, this.nullable, value, this.newName, this.existingType,
				this.existingNullable, this.existingDefault);
	}

	/**
	 * This change, also renaming the column.
	 * @param newName the new column name
	 * @return the new change
	 */
	public ColumnChange renameTo(String newName) {
		Objects.requireNonNull(newName, "'newName' must not be null");
		return new ColumnChange(this.type, this.nullable, this.defaultValue, newName, this.existingType,
				this.existingNullable, this.existingDefault);
	}

	/**
	 * Declare the column's type before the change.
	 * @param type the current type
	 * @return the new change
	 */
	public ColumnChange existingType(ColumnType type) {
		Objects.requireNonNull(type, "'type' must not be null");
		return new ColumnChange(this.type, this.nullable, this.defaultValue, this.newName, type,
				this.existingNullable, this.existingDefault);
	}

	/**
	 * Declare the column's nullability before the change.
	 * @param nullable whether it accepts {@code NULL} now
	 * @return the new change
	 */
	public ColumnChange existingNullable(boolean nullable) {
		return new ColumnChange(this.type, this.nullable, this.defaultValue, this.newName, this.existingType,
				nullable, this.existingDefault);
	}

	/**
	 * Declare the column's default before the change.
	 * @param value the current default; {@link DefaultValue#none()} when it has none
	 * @return the new change
	 */
	public ColumnChange existingDefault(DefaultValue value) {
		Objects.requireNonNull(value, "'value' must not be null");
		return new ColumnChange(this.type, this.nullable, this.defaultValue, this.newName, this.existingType,
				this.existingNullable, value);
	}

	/**
	 * The new type.
	 * @return the type; empty when unchanged
	 */
	public Optional<ColumnType> newType() {
		return Optional.ofNullable(this.type);
	}

	/**
	 * The new nullability.
	 * @return whether the column accepts {@code NULL} afterwards; empty when unchanged
	 */
	public Optional<Boolean> newNullable() {
		return Optional.ofNullable(this.nullable);
	}

	/**
	 * The new default.
	 * @return the default ({@link DefaultValue#none()} to drop it); empty when unchanged
	 */
	public Optional<DefaultValue> newDefault() {
		return Optional.ofNullable(this.defaultValue);
	}

	/**
	 * The new name.
	 * @return the name; empty when unchanged
	 */
	public Optional<String> newName() {
		return Optional.ofNullable(this.newName);
	}

	/**
	 * The declared type before the change.
	 * @return the type; empty when not declared
	 */
	public Optional<ColumnType> existingType() {
		return Optional.ofNullable(this.existingType);
	}

	/**
	 * The declared nullability before the change.
	 * @return the nullability; empty when not declared
	 */
	public Optional<Boolean> existingNullable() {
		return Optional.ofNullable(this.existingNullable);
	}

	/**
	 * The declared default before the change.
	 * @return the default; empty when not declared
	 */
	public Optional<DefaultValue> existingDefault() {
		return Optional.ofNullable(this.existingDefault);
	}

	/**
	 * Whether nothing changes.
	 * @return {@code true} when no new type, nullability, default or name is set
	 */
	public boolean isEmpty() {
		return this.type == null && this.nullable == null && this.defaultValue == null && this.newName == null;
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder();
		newType().ifPresent((value) -> out.append("type ").append(value).append(' '));
		newNullable().ifPresent((value) -> out.append(value ? "null " : "not null "));
		newDefault().ifPresent((value) -> out.append("default ").append(value).append(' '));
		newName().ifPresent((value) -> out.append("rename to ").append(value).append(' '));
		return out.toString().strip();
	}

}
