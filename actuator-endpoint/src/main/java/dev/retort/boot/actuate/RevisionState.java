package dev.retort.boot.actuate;

import java.util.Locale;

/**
 * The state of one revision in one database, as the {@code migrations} endpoint reports it.
 *
 * @since 0.1.0
 */
public enum RevisionState {

	/** The version table's heads include it or one of its descendants. */
	APPLIED,

	/** {@code upgrade heads} would run it. */
	PENDING,

	/** It is pending and its last attempt failed, with nothing of it kept. */
	FAILED,

	/** It failed part-way on a database without transactional DDL and is not yet resolved. */
	PARTIAL,

	/**
	 * The version table names it but no revision of this build defines it: a newer release applied
	 * it (this one was rolled back), or its file was deleted.
	 */
	UNKNOWN,

	/** It is applied, and its file changed since: the recorded and the file's checksums differ. */
	MODIFIED;

	/**
	 * The lowercase name used in JSON.
	 * @return the label
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
