package dev.retort.core.internal.db;

import java.util.List;
import java.util.Optional;

import dev.retort.core.script.Script;

/**
 * What the database side needs to know about the revisions on disk.
 *
 * @since 0.1.0
 */
public interface Catalog {

	/**
	 * The script of a revision.
	 * @param id the exact id
	 * @return the script, or empty when no file defines it
	 */
	Optional<Script> script(String id);

	/**
	 * The revisions a set of heads stands for: the heads, their ancestors and their dependencies.
	 * Unknown ids are skipped.
	 * @param heads the version table's rows
	 * @return the applied revisions, each once
	 */
	List<String> applied(List<String> heads);

}
