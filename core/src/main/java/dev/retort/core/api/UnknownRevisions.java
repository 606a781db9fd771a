package dev.retort.core.api;

import java.util.List;

/**
 * The words for a database that is ahead of the running build: its version table names
 * revisions that no revision file of this build defines. That is routine after rolling back a
 * release (the newer release applied them), and also what a deleted revision file looks like.
 * The CLI, the Spring Boot integration and the actuator endpoint all say it the same way.
 *
 * @since 0.1.0
 */
public final class UnknownRevisions {

	private UnknownRevisions() {
	}

	/**
	 * Describe the situation and why {@code upgrade} ran nothing.
	 * @param revisions the unknown version-table rows
	 * @return one or two sentences naming them
	 */
	public static String describe(List<String> revisions) {
		return "The database is at " + name(revisions) + ", which this build's revisions do not include: a newer"
				+ " release applied " + ((revisions.size() == 1) ? "it" : "them")
				+ " (this application was rolled back), or " + ((revisions.size() == 1) ? "its file was" : "their files were")
				+ " deleted. Nothing was upgraded: the database is ahead of this build.";
	}

	/**
	 * The failure of a command that cannot work from revisions this build does not know.
	 * @param revisions the unknown version-table rows
	 * @param action what the user can do instead
	 * @return the exception, with {@link ErrorCode#UNKNOWN_REVISION}
	 */
	public static RetortException failure(List<String> revisions, String action) {
		return new RetortException(ErrorCode.UNKNOWN_REVISION, "Can't locate revision identified by '"
				+ revisions.get(0) + "': the database is at " + name(revisions)
				+ ", which this build's revisions do not include (applied by a newer release, or the file was"
				+ " deleted). " + action);
	}

	private static String name(List<String> revisions) {
		return ((revisions.size() == 1) ? "revision " : "revisions ") + String.join(", ", revisions);
	}

}
