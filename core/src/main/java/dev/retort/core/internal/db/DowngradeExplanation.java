package dev.retort.core.internal.db;

/**
 * Implemented by the upgrade body of a revision that is not an SQL file, to say why it has no
 * downgrade in the {@code IRREVERSIBLE_REVISION} message.
 *
 * @since 0.1.0
 */
public interface DowngradeExplanation {

	/**
	 * The complete message: the revision, why it cannot be downgraded, that nothing ran, and the fix.
	 * @return the message
	 */
	String irreversibleMessage();

}
