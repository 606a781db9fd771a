package dev.retort.core.internal.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * Lists the names of the classes in a package and its subpackages, from every classpath root that
 * holds its folder: directories and jars (Spring Boot's nested jars included), as
 * {@link ClasspathFolder} does for SQL files. Only names: nothing is loaded here.
 */
final class ClassNames {

	private ClassNames() {
	}

	/**
	 * @param location the location as configured, for messages
	 * @param folder the package folder, for example {@code db/revisions}
	 * @param classLoader where to look
	 * @return the binary class names, sorted; empty when no root holds the folder
	 */
	static List<String> in(String location, String folder, ClassLoader classLoader) {
		try {
			return in(location, folder, Collections.list(classLoader.getResources(folder)));
		}
		catch (IOException ex) {
			throw cannotScan(location, ex);
		}
	}

	/**
	 * @param location the location as configured, for messages
	 * @param folder the package folder, for example {@code db/revisions}
	 * @param roots the folder's URLs in the classpath roots to read
	 * @return the binary class names, sorted
	 */
	static List<String> in(String location, String folder, List<URL> roots) {
		Set<String> names = new TreeSet<>();
		String packageName = folder.replace('/', '.');
		try {
			for (URL root : roots) {
				for (String relative : list(root)) {
					names.add(packageName + "." + relative.substring(0, relative.length() - ".class".length())
						.replace('/', '.'));
				}
			}
		}
		catch (IOException | URISyntaxException | FileSystemNotFoundException | IllegalArgumentException
				| UncheckedIOException ex) {
			throw cannotScan(location, ex);
		}
		names.removeIf((name) -> name.endsWith("package-info") || name.endsWith("module-info"));
		return List.copyOf(names);
	}

	private static RetortException cannotScan(String location, Exception ex) {
		return new RetortException(ErrorCode.LOCATION_NOT_FOUND, "Location '" + location
				+ "' cannot be scanned for Java revisions (" + ex.getMessage()
				+ "); use a filesystem: location for SQL files or put the classes in a folder or jar", ex);
	}

	/** Class files under a root, as paths relative to it. */
	private static List<String> list(URL root) throws IOException, URISyntaxException {
		if (!"file".equals(root.getProtocol())) {
			URLConnection connection = root.openConnection();
			if (connection instanceof JarURLConnection jar) {
				return fromJar(jar);
			}
		}
		Path folder = Path.of(root.toURI());
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.find(folder, Integer.MAX_VALUE,
				(path, attributes) -> attributes.isRegularFile() && isClassFile(String.valueOf(path.getFileName())),
				FileVisitOption.FOLLOW_LINKS)) {
			return paths.map((path) -> folder.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/"))
				.toList();
		}
	}

	private static List<String> fromJar(JarURLConnection connection) throws IOException {
		connection.setUseCaches(false);
		String prefix = connection.getEntryName();
		prefix = (prefix == null) ? "" : prefix.endsWith("/") ? prefix : prefix + "/";
		List<String> names = new java.util.ArrayList<>();
		try (JarFile jar = connection.getJarFile()) {
			Enumeration<JarEntry> entries = jar.entries();
			while (entries.hasMoreElements()) {
				String name = entries.nextElement().getName();
				if (name.startsWith(prefix) && isClassFile(name.substring(name.lastIndexOf('/') + 1))) {
					names.add(name.substring(prefix.length()));
				}
			}
		}
		return names;
	}

	private static boolean isClassFile(String name) {
		return name.endsWith(".class") && !name.startsWith(".");
	}

}
