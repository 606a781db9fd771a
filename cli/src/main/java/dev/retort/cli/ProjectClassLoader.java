package dev.retort.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The project as {@code classpath:} locations see it from the CLI. Revision files come from
 * {@code src/main/resources} (so edits count without a build), else from {@code target/classes}.
 * Java revisions need compiling: a folder of {@code target/classes} that holds class files is read
 * from there, SQL files included, so classes and files come from the same build. Classes resolve
 * Retort's API from the CLI itself; resources never come from the CLI's own jar.
 */
final class ProjectClassLoader extends URLClassLoader {

	private final @Nullable Path resources;

	private final @Nullable Path classes;

	private ProjectClassLoader(@Nullable Path resources, @Nullable Path classes, URL[] urls) {
		super(urls, ProjectClassLoader.class.getClassLoader());
		this.resources = resources;
		this.classes = classes;
	}

	static ProjectClassLoader of(Path workingDirectory) {
		Path resources = workingDirectory.resolve("src/main/resources");
		Path classes = workingDirectory.resolve("target/classes");
		try {
			return new ProjectClassLoader(Files.isDirectory(resources) ? resources : null,
					Files.isDirectory(classes) ? classes : null,
					Files.isDirectory(classes) ? new URL[] { classes.toUri().toURL() } : new URL[0]);
		}
		catch (MalformedURLException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public @Nullable URL getResource(String name) {
		Path root = rootFor(name);
		Path path = (root != null) ? root.resolve(name) : null;
		try {
			return (path != null && Files.exists(path)) ? path.toUri().toURL() : null;
		}
		catch (MalformedURLException ex) {
			return null;
		}
	}

	@Override
	public Enumeration<URL> getResources(String name) {
		URL url = getResource(name);
		return (url != null) ? Collections.enumeration(java.util.List.of(url)) : Collections.emptyEnumeration();
	}

	private @Nullable Path rootFor(String name) {
		if (this.classes != null && (this.resources == null || holdsClasses(this.classes.resolve(name)))) {
			return this.classes;
		}
		return this.resources;
	}

	private static boolean holdsClasses(Path folder) {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.anyMatch((file) -> file.getFileName().toString().endsWith(".class"));
		}
		catch (IOException ex) {
			return false;
		}
	}

}
