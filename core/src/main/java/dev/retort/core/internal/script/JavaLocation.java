package dev.retort.core.internal.script;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationFactory;
import dev.retort.core.api.RetortException;
import dev.retort.core.internal.migration.JavaRevisions;
import dev.retort.core.script.Script;
import dev.retort.core.script.ScriptSource;

/**
 * The Java revision classes of one {@code classpath:} location: the classes of the matching
 * package ({@code classpath:db/revisions} ↔ {@code db.revisions}) that implement
 * {@code Migration} or carry {@code @Revision}. Classes are loaded without initializing them.
 */
final class JavaLocation implements ScriptSource {

	private final Locations.Location location;

	private final ClassLoader classLoader;

	private final @Nullable MigrationFactory factory;

	JavaLocation(Locations.Location location, ClassLoader classLoader, @Nullable MigrationFactory factory) {
		this.location = location;
		this.classLoader = classLoader;
		this.factory = factory;
	}

	@Override
	public List<Script> load() {
		return scripts(ClassNames.in(this.location.text(), this.location.path(), this.classLoader));
	}

	/**
	 * The revisions among some classes of the location's package.
	 * @param names binary class names
	 * @return the scripts of the revision classes
	 */
	List<Script> scripts(List<String> names) {
		List<Script> scripts = new ArrayList<>();
		for (String name : names) {
			Class<?> type = load(name, this.location, this.classLoader);
			if (type != null && JavaRevisions.isCandidate(type)) {
				scripts.add(JavaRevisions.script(type, this.location.text(), this.factory));
			}
		}
		return scripts;
	}

	static @Nullable Class<?> load(String name, Locations.Location location, ClassLoader classLoader) {
		try {
			return Class.forName(name, false, classLoader);
		}
		catch (ClassNotFoundException ex) {
			// a class file the loader does not serve (for example a stale copy in another root)
			return null;
		}
		catch (LinkageError ex) {
			throw new RetortException(ErrorCode.INVALID_REVISION_FILE, "Class " + name + " in location '"
					+ location.text() + "' cannot be loaded (" + ex + "); recompile it or remove it from the package",
					ex);
		}
	}

	@Override
	public String toString() {
		return this.location.text() + " (classes)";
	}

}
