package dev.retort.core.script;

import java.util.List;

/**
 * Supplies the revisions of a project, for example from {@code classpath:} and
 * {@code filesystem:} locations.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ScriptSource {

	/**
	 * Load every revision.
	 * @return the scripts, in no particular order
	 * @throws dev.retort.core.api.RetortException with {@code INVALID_REVISION_FILE} or
	 * {@code LOCATION_NOT_FOUND} naming the file or location and the fix
	 */
	List<Script> load();

}
