package dev.retort.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.MigrationFactory;
import dev.retort.core.internal.script.Locations;

/**
 * Reads the revisions of one or more locations. A location is {@code classpath:db/revisions}
 * (the default: the folder on the classpath, in directories and jars alike) or
 * {@code filesystem:/some/dir}; a location without prefix is a file system path, relative paths
 * resolving against the working directory. Every {@code *.sql} file in the folder and its
 * subfolders is a revision file.
 *
 * <pre class="code">
 * ScriptSource source = LocationScriptSource.of(
 *         LocationScriptSource.parseLocations("classpath:db/revisions, filesystem:db/extra"),
 *         Thread.currentThread().getContextClassLoader());
 * List&lt;Script&gt; scripts = source.load();
 * </pre>
 *
 * <p>Immutable; every {@link #load()} reads the locations again.
 *
 * @since 0.1.0
 */
public final class LocationScriptSource implements ScriptSource {

	private final List<ScriptSource> sources;

	private LocationScriptSource(List<ScriptSource> sources) {
		this.sources = sources;
	}

	/**
	 * A source reading the given locations.
	 * @param locations the locations, for example {@code classpath:db/revisions}
	 * @param classLoader the class loader for {@code classpath:} locations
	 * @return the source
	 * @throws dev.retort.core.api.RetortException with {@code INVALID_CONFIGURATION} when the
	 * list is empty or a location names no folder
	 */
	public static LocationScriptSource of(List<String> locations, ClassLoader classLoader) {
		return of(locations, classLoader, null);
	}

	/**
	 * A source reading the given locations, whose Java revisions a factory creates.
	 * @param locations the locations, for example {@code classpath:db/revisions}
	 * @param classLoader the class loader for {@code classpath:} locations
	 * @param factory creates Java revision instances; {@code null} for their public no-argument
	 * constructors
	 * @return the source
	 * @throws dev.retort.core.api.RetortException with {@code INVALID_CONFIGURATION} when the
	 * list is empty or a location names no folder
	 */
	public static LocationScriptSource of(List<String> locations, ClassLoader classLoader,
			@Nullable MigrationFactory factory) {
		Objects.requireNonNull(locations, "'locations' must not be null");
		Objects.requireNonNull(classLoader, "'classLoader' must not be null");
		return new LocationScriptSource(Locations.sources(locations, classLoader, factory));
	}

	/**
	 * Split a comma-separated location list such as the {@code migrate.locations} property.
	 * @param commaSeparated the list; entries are trimmed, empty entries dropped
	 * @return the locations
	 */
	public static List<String> parseLocations(String commaSeparated) {
		Objects.requireNonNull(commaSeparated, "'commaSeparated' must not be null");
		return Locations.parse(commaSeparated);
	}

	/**
	 * Read every location.
	 * @return the scripts, sorted by location order, then by source
	 * @throws dev.retort.core.api.RetortException with {@code LOCATION_NOT_FOUND} for a missing
	 * location, {@code INVALID_REVISION_FILE} for a file that cannot be parsed, and
	 * {@code DUPLICATE_REVISION} when two files declare the same revision id
	 */
	@Override
	public List<Script> load() {
		List<Script> scripts = new ArrayList<>();
		for (ScriptSource source : this.sources) {
			scripts.addAll(source.load());
		}
		Locations.requireUniqueIds(scripts);
		return List.copyOf(scripts);
	}

}
