package dev.retort.core.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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

	/**
	 * The known revisions a version table with unknown rows stands for: its known rows and, in
	 * place of each unknown one, the parents its last successful upgrade or stamp recorded in the
	 * history table, followed until they are known. The database has all of them applied.
	 * @param rows the version table's rows
	 * @param known whether this build defines a revision
	 * @param history the history table, oldest first
	 * @return the known revisions, each once; ancestors of one another are not removed
	 */
	public static List<String> knownAncestors(List<String> rows, Predicate<String> known, List<HistoryEntry> history) {
		Map<String, List<String>> parents = new HashMap<>();
		for (HistoryEntry entry : history) {
			if (entry.success() && !entry.operation().equals("downgrade")) {
				parents.put(entry.revision(), entry.downRevisions());
			}
		}
		Set<String> result = new LinkedHashSet<>();
		Set<String> seen = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(rows);
		while (!todo.isEmpty()) {
			String id = todo.pop();
			if (!seen.add(id)) {
				continue;
			}
			if (known.test(id)) {
				result.add(id);
			}
			else {
				todo.addAll(parents.getOrDefault(id, List.of()));
			}
		}
		return List.copyOf(result);
	}

	private static String name(List<String> revisions) {
		return ((revisions.size() == 1) ? "revision " : "revisions ") + String.join(", ", revisions);
	}

}
