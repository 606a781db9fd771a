package dev.retort.hibernate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

/**
 * Finds mapped classes in compiled output: lists {@code .class} files of the project's folders,
 * loads each one without initializing it and keeps those with a JPA mapping annotation. Classes
 * that cannot be loaded (a dependency missing from the class path) are skipped: they cannot be
 * entities Hibernate could map anyway.
 */
final class EntityScanner {

	private final URLClassLoader classLoader;

	EntityScanner(List<Path> classpath, ClassLoader parent) {
		List<URL> urls = new ArrayList<>();
		for (Path entry : classpath) {
			try {
				urls.add(entry.toUri().toURL());
			}
			catch (MalformedURLException ex) {
				throw new IllegalArgumentException("Invalid class path entry " + entry, ex);
			}
		}
		this.classLoader = new URLClassLoader(urls.toArray(URL[]::new), parent);
	}

	ClassLoader classLoader() {
		return this.classLoader;
	}

	/**
	 * The mapped classes of the project's own compiled output: the folders among {@code roots};
	 * jars are dependencies, there for loading only, so entities inside libraries are not the
	 * application's. Without {@code packages}, the application's own scan rules decide
	 * ({@link EntityScanPackages}); without those, every package.
	 */
	List<Class<?>> scan(List<Path> roots, List<String> packages) {
		TreeSet<String> names = new TreeSet<>();
		for (Path root : roots) {
			if (Files.isDirectory(root)) {
				names.addAll(classNames(root));
			}
		}
		List<Class<?>> loaded = new ArrayList<>();
		for (String name : names) {
			try {
				loaded.add(Class.forName(name, false, this.classLoader));
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// not loadable here, so not something Hibernate could map
			}
		}
		List<String> scanned = packages.isEmpty() ? EntityScanPackages.find(loaded) : packages;
		List<Class<?>> mapped = new ArrayList<>();
		for (Class<?> type : loaded) {
			String name = type.getName();
			if (!scanned.isEmpty() && scanned.stream().noneMatch((p) -> name.startsWith(p + "."))) {
				continue;
			}
			try {
				if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
						|| type.isAnnotationPresent(MappedSuperclass.class)
						|| type.isAnnotationPresent(Converter.class)) {
					mapped.add(type);
				}
			}
			catch (LinkageError ex) {
				// an annotation that cannot be resolved: not something Hibernate could map either
			}
		}
		return mapped;
	}

	private static List<String> classNames(Path root) {
		List<String> names = new ArrayList<>();
		if (Files.isDirectory(root)) {
			try (Stream<Path> files = Files.walk(root)) {
				files.filter((file) -> file.toString().endsWith(".class"))
					.forEach((file) -> names.add(className(root.relativize(file).toString().replace('\\', '/'))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		names.removeIf((name) -> name.endsWith("package-info") || name.endsWith("module-info"));
		return names;
	}

	private static String className(String path) {
		return path.substring(0, path.length() - ".class".length()).replace('/', '.');
	}

}
