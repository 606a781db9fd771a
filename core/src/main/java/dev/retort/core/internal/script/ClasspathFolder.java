package dev.retort.core.internal.script;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * Lists the SQL files of a classpath folder across every classpath root that holds it: folders
 * ({@code file:} URLs, walked with java.nio) and jars ({@code jar:} URLs, including Spring Boot's
 * nested jars, read through {@link JarURLConnection}). Jars must contain directory entries, as
 * Maven and Gradle write them.
 */
final class ClasspathFolder {

	private ClasspathFolder() {
	}

	/**
	 * @param location the location as configured, for messages
	 * @param folder the folder, for example {@code db/revisions}
	 * @param classLoader where to look
	 * @return the files, sorted by source
	 */
	static List<RevisionResource> sqlFiles(String location, String folder, ClassLoader classLoader) {
		return sqlFiles(location, folder, roots(location, folder, classLoader));
	}

	/**
	 * @param location the location as configured, for messages
	 * @param folder the folder, for example {@code db/revisions}
	 * @param rootList the folder's URLs in the classpath roots to read
	 * @return the files, sorted by source
	 */
	static List<RevisionResource> sqlFiles(String location, String folder, List<URL> rootList) {
		Set<URL> roots = new LinkedHashSet<>(rootList);
		if (roots.isEmpty()) {
			throw new RetortException(ErrorCode.LOCATION_NOT_FOUND, "Location '" + location + "' does not exist: no folder '"
					+ folder + "' on the classpath; create it (for example src/main/resources/" + folder
					+ ") or set migrate.locations / --locations");
		}
		String prefix = "classpath:" + folder + "/";
		Map<String, URL> seen = new LinkedHashMap<>();
		List<RevisionResource> resources = new ArrayList<>();
		for (URL root : roots) {
			for (RevisionResource resource : list(location, folder, prefix, root)) {
				URL previous = seen.putIfAbsent(resource.source(), root);
				if (previous != null) {
					throw new RetortException(ErrorCode.DUPLICATE_REVISION, resource.source()
							+ " is on the classpath twice, in " + previous + " and in " + root
							+ "; remove one copy (a jar and a folder, or two jars, both hold it)");
				}
				resources.add(resource);
			}
		}
		return resources;
	}

	static List<URL> roots(String location, String folder, ClassLoader classLoader) {
		try {
			Enumeration<URL> urls = classLoader.getResources(folder);
			return Collections.list(urls);
		}
		catch (IOException ex) {
			throw new RetortException(ErrorCode.LOCATION_NOT_FOUND, "Location '" + location
					+ "' cannot be read from the classpath: " + ex.getMessage(), ex);
		}
	}

	private static List<RevisionResource> list(String location, String folder, String prefix, URL root) {
		try {
			if ("file".equals(root.getProtocol())) {
				Path path = Path.of(root.toURI());
				if (!Files.isDirectory(path)) {
					throw notAFolder(location, root);
				}
				return FolderWalker.sqlFiles(path, prefix);
			}
			URLConnection connection = root.openConnection();
			if (connection instanceof JarURLConnection jar) {
				return fromJar(location, jar, prefix, root);
			}
			return FolderWalker.sqlFiles(Path.of(root.toURI()), prefix);
		}
		catch (IOException | URISyntaxException | FileSystemNotFoundException | IllegalArgumentException ex) {
			throw new RetortException(ErrorCode.LOCATION_NOT_FOUND, "Location '" + location + "' cannot be scanned at "
					+ root + " (" + ex.getMessage() + "); use a filesystem: location or put the revisions in a folder or jar",
					ex);
		}
	}

	private static List<RevisionResource> fromJar(String location, JarURLConnection connection, String prefix, URL root)
			throws IOException {
		connection.setUseCaches(false); // our own JarFile instance, which we may close
		String entryPrefix = connection.getEntryName();
		entryPrefix = (entryPrefix == null) ? "" : entryPrefix.endsWith("/") ? entryPrefix : entryPrefix + "/";
		List<RevisionResource> resources = new ArrayList<>();
		try (JarFile jar = connection.getJarFile()) {
			JarEntry folderEntry = jar.getJarEntry(entryPrefix);
			if (folderEntry == null || !folderEntry.isDirectory()) {
				throw notAFolder(location, root);
			}
			Enumeration<JarEntry> entries = jar.entries();
			while (entries.hasMoreElements()) {
				JarEntry entry = entries.nextElement();
				String name = entry.getName();
				if (entry.isDirectory() || !name.startsWith(entryPrefix)
						|| !FolderWalker.isSqlFileName(name.substring(name.lastIndexOf('/') + 1))) {
					continue;
				}
				try (InputStream in = jar.getInputStream(entry)) {
					resources.add(RevisionResource.ofBytes(prefix + name.substring(entryPrefix.length()), in.readAllBytes()));
				}
			}
		}
		return resources;
	}

	private static RetortException notAFolder(String location, URL root) {
		return new RetortException(ErrorCode.LOCATION_NOT_FOUND, "Location '" + location + "' is not a folder (" + root
				+ "); point migrate.locations / --locations at the folder that holds the revision files");
	}

}
