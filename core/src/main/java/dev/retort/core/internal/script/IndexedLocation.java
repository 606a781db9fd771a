package dev.retort.core.internal.script;

import java.io.IOException;
import java.net.URL;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.MigrationFactory;
import dev.retort.core.script.Script;
import dev.retort.core.script.ScriptSource;

/**
 * One location: its SQL files and, for {@code classpath:}, its Java revision classes, taken from
 * the revision index of each folder that has a matching one ({@link IndexedFolder}) and read from
 * the files otherwise. Without any index this is exactly {@link SqlLocation} followed by
 * {@link JavaLocation}.
 */
final class IndexedLocation implements ScriptSource {

	private final Locations.Location location;

	private final ClassLoader classLoader;

	private final SqlLocation sql;

	private final @Nullable JavaLocation java;

	IndexedLocation(Locations.Location location, ClassLoader classLoader, @Nullable MigrationFactory factory) {
		this.location = location;
		this.classLoader = classLoader;
		this.sql = new SqlLocation(location, classLoader);
		this.java = location.classpath() ? new JavaLocation(location, classLoader, factory) : null;
	}

	@Override
	public List<Script> load() {
		return (this.java == null) ? filesystem() : classpath(this.java);
	}

	private List<Script> filesystem() {
		Path folder;
		try {
			folder = Path.of(this.location.path());
		}
		catch (InvalidPathException ex) {
			return this.sql.load(); // reports the invalid path
		}
		String path = this.location.path();
		String prefix = path.endsWith("/") || path.endsWith("\\") ? path : path + "/";
		IndexedFolder.Lookup lookup = IndexedFolder.onDisk(folder, prefix);
		return (lookup.scripts() != null) ? lookup.scripts() : this.sql.load();
	}

	private List<Script> classpath(JavaLocation javaLocation) {
		String folder = this.location.path();
		if (!hasIndex(folder)) {
			return concat(this.sql.load(), javaLocation.load());
		}
		List<Script> sqlScripts = new ArrayList<>();
		List<String> classNames = new ArrayList<>();
		List<URL> unindexed = new ArrayList<>();
		List<URL> roots = ClasspathFolder.roots(this.location.text(), folder, this.classLoader);
		for (URL root : roots) {
			IndexedFolder.Lookup lookup = IndexedFolder.onClasspath(root, folder);
			if (lookup.scripts() == null) {
				unindexed.add(root);
			}
			else {
				sqlScripts.addAll(lookup.scripts());
				classNames.addAll(lookup.classNames());
			}
		}
		if (!unindexed.isEmpty()) {
			List<RevisionResource> files = new ArrayList<>(
					ClasspathFolder.sqlFiles(this.location.text(), folder, unindexed));
			files.sort(Comparator.comparing(RevisionResource::source));
			sqlScripts.addAll(SqlLocation.parseAll(files));
			classNames.addAll(ClassNames.in(this.location.text(), folder, unindexed));
		}
		return concat(sqlScripts, javaLocation.scripts(classNames));
	}

	/** Whether any classpath root holds an index for the folder: one lookup, no listing. */
	private boolean hasIndex(String folder) {
		try {
			return !Collections.list(this.classLoader.getResources(folder + "/" + IndexFile.NAME)).isEmpty();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static List<Script> concat(List<Script> first, List<Script> second) {
		if (second.isEmpty()) {
			return first;
		}
		List<Script> all = new ArrayList<>(first.size() + second.size());
		all.addAll(first);
		all.addAll(second);
		return all;
	}

	@Override
	public String toString() {
		return this.location.text();
	}

}
