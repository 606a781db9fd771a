package dev.retort.core.internal.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationFactory;
import dev.retort.core.api.RetortException;
import dev.retort.core.script.Script;
import dev.retort.core.script.ScriptSource;

/**
 * Location strings ({@code classpath:db/revisions}, {@code filesystem:/dir}, or a bare path
 * meaning {@code filesystem:}) and the sources that read them.
 *
 * @since 0.1.0
 */
public final class Locations {

	private static final String CLASSPATH = "classpath:";

	private static final String FILESYSTEM = "filesystem:";

	private Locations() {
	}

	/**
	 * Split a comma-separated list, trimming entries and dropping empty ones.
	 * @param commaSeparated for example {@code classpath:db/revisions, filesystem:extra}
	 * @return the locations
	 */
	public static List<String> parse(String commaSeparated) {
		return SqlRevisionParser.splitList(commaSeparated);
	}

	/**
	 * The sources for some locations: the SQL files of every location and, for {@code classpath:}
	 * locations, the Java revision classes of the matching package; read through a location's
	 * revision index where it has one that matches its files (see {@link IndexFile}).
	 * @param locations the locations
	 * @param classLoader the class loader for {@code classpath:} locations
	 * @return the sources, in location order
	 */
	public static List<ScriptSource> sources(List<String> locations, ClassLoader classLoader) {
		return sources(locations, classLoader, null);
	}

	/**
	 * The sources for some locations, with Java revisions created by a factory.
	 * @param locations the locations
	 * @param classLoader the class loader for {@code classpath:} locations
	 * @param factory creates Java revision instances; {@code null} for their no-argument constructors
	 * @return the sources, in location order
	 */
	public static List<ScriptSource> sources(List<String> locations, ClassLoader classLoader,
			@Nullable MigrationFactory factory) {
		if (locations.isEmpty()) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "No revision locations are configured; set "
					+ "migrate.locations / --locations, for example to classpath:db/revisions");
		}
		List<ScriptSource> sources = new ArrayList<>();
		for (String location : locations) {
			Location parsed = Location.parse(location);
			sources.add(new IndexedLocation(parsed, classLoader, factory));
		}
		return List.copyOf(sources);
	}

	/**
	 * Fail when two scripts share an id. The graph checks this too; doing it here is cheap and
	 * names both files.
	 * @param scripts the scripts of every location
	 */
	public static void requireUniqueIds(List<Script> scripts) {
		Map<String, Script> byId = new HashMap<>(scripts.size() * 2);
		for (Script script : scripts) {
			Script previous = byId.putIfAbsent(script.id(), script);
			if (previous != null) {
				throw new RetortException(ErrorCode.DUPLICATE_REVISION, "Revision " + script.id()
						+ " is present more than once: in " + previous.revision().source() + " and in "
						+ script.revision().source() + "; give one of them a new id (and file name) or delete the copy");
			}
		}
	}

	/**
	 * One parsed location.
	 * @param text the location as configured
	 * @param classpath whether it is a classpath folder
	 * @param path the folder: a resource path without leading or trailing {@code /} for the
	 * classpath, a file system path otherwise
	 */
	record Location(String text, boolean classpath, String path) {

		static Location parse(String location) {
			String text = location.strip();
			if (text.startsWith(CLASSPATH)) {
				String folder = trimSlashes(text.substring(CLASSPATH.length()).strip());
				requireNonEmpty(location, folder);
				return new Location(text, true, folder);
			}
			String path = text.startsWith(FILESYSTEM) ? text.substring(FILESYSTEM.length()).strip() : text;
			requireNonEmpty(location, path);
			return new Location(text, false, path);
		}

		private static String trimSlashes(String folder) {
			int start = 0;
			int end = folder.length();
			while (start < end && folder.charAt(start) == '/') {
				start++;
			}
			while (end > start && folder.charAt(end - 1) == '/') {
				end--;
			}
			return folder.substring(start, end);
		}

		private static void requireNonEmpty(String location, String path) {
			if (path.isEmpty()) {
				throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Location '" + location
						+ "' names no folder; write classpath:db/revisions or filesystem:/path/to/revisions");
			}
		}

	}

}
