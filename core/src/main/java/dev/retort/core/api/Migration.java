package dev.retort.core.api;

import java.sql.SQLException;

import dev.retort.core.api.migration.Operations;

/**
 * A revision written in Java: the counterpart of an SQL revision file, for changes that should
 * run on every supported database from one source. Retort renders each {@link Operations} call as
 * SQL for the database it runs on (or for the dialect of an offline {@code upgrade --sql}).
 *
 * <p>A Java revision is a public class with a public no-argument constructor, annotated with
 * {@link Revision @Revision}, in the package that matches a {@code classpath:} location
 * ({@code classpath:db/revisions} holds classes of package {@code db.revisions}). It lives in one
 * graph with the SQL files of the same locations:
 *
 * <pre class="code">
 * &#64;Revision(id = "ae1027a6acf0", downRevision = "1975ea83b712", message = "add email to users")
 * public class AddEmail implements Migration {
 *
 *     &#64;Override
 *     public void upgrade(Operations op) {
 *         op.addColumn("users", Column.of("email", ColumnType.string(255)).notNull().defaultValue(""));
 *         op.createIndex("ix_users_email", "users", "email");
 *     }
 *
 * }
 * </pre>
 *
 * <p>When {@link #downgrade(Operations)} is not overridden, Retort derives the downgrade from the
 * operations {@link #upgrade(Operations)} performs, undoing them in reverse order
 * ({@code addColumn} becomes {@code dropColumn}, {@code createIndex} becomes {@code dropIndex},
 * and so on). If one of them has no well-defined inverse ({@code dropColumn}, {@code execute},
 * {@code bulkInsert}, {@code jdbc()}, a type change without {@code existingType}), the revision is
 * irreversible: a downgrade through it fails with {@link ErrorCode#IRREVERSIBLE_REVISION} before
 * anything runs. To derive the downgrade, Retort calls {@code upgrade} once with an
 * {@code Operations} that only records (nothing runs and {@code jdbc()} stops the recording), so
 * {@code upgrade} must not have side effects outside {@code op}.
 *
 * @since 0.1.0
 */
public interface Migration {

	/**
	 * Apply the change.
	 * @param op the operations to call, in order
	 * @throws SQLException when a statement fails or {@link Operations#jdbc()} code throws
	 */
	void upgrade(Operations op) throws SQLException;

	/**
	 * Undo the change. Leave it out to let Retort derive the downgrade from
	 * {@link #upgrade(Operations)}, or to make the revision irreversible when that is not possible.
	 * Retort never calls this default implementation.
	 * @param op the operations to call, in order
	 * @throws SQLException when a statement fails or {@link Operations#jdbc()} code throws
	 */
	default void downgrade(Operations op) throws SQLException {
		throw new UnsupportedOperationException(getClass().getName() + " does not override downgrade(Operations)");
	}

	/**
	 * Extra text mixed into the revision's checksum. A Java revision's checksum covers its class
	 * name and the {@link Revision @Revision} metadata, not the compiled code (which changes with
	 * the compiler). Return a new value here, for example a version number, when you change what
	 * an already applied revision does, so that {@code validate} reports the change as it would for
	 * an edited SQL file.
	 * @return the text; empty by default
	 */
	default String checksum() {
		return "";
	}

}
