package dev.retort.core.graph;

/**
 * One change to the version table (one row per current head, as Alembic's
 * {@code alembic_version}). Each change must touch exactly one row; anything else means the table
 * and the graph disagree.
 *
 * @since 0.1.0
 */
public sealed interface VersionUpdate {

	/**
	 * Add a row for a new head.
	 * @param revision the new head
	 */
	record Insert(String revision) implements VersionUpdate {
	}

	/**
	 * Remove the row of a head that goes away.
	 * @param revision the head to remove
	 */
	record Delete(String revision) implements VersionUpdate {
	}

	/**
	 * Replace one head by another in place.
	 * @param from the current head
	 * @param to the new head
	 */
	record Update(String from, String to) implements VersionUpdate {
	}

}
