package dev.retort.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.autogenerate.DatabaseTarget;
import dev.retort.core.autogenerate.ModelSource;
import dev.retort.core.autogenerate.SchemaModel;

/**
 * Where autogenerate's Hibernate comes from. The runnable {@code retort.jar} bundles none: it loads
 * the project's own Hibernate (its version, its dialects) from the jars on {@code --classpath},
 * together with Retort's entity reader, which the jar carries as the nested
 * {@value #NESTED_READER}. Where Hibernate and the reader are already on the CLI's class path (an
 * application's command mode, tests) those are used as they are.
 */
final class ProjectHibernate {

	static final String NESTED_READER = "META-INF/retort/retort-hibernate.jar";

	private static final String READER = "dev.retort.hibernate.HibernateModelSource";

	private static final String HIBERNATE = "org/hibernate/boot/MetadataSources.class";

	private ProjectHibernate() {
	}

	/**
	 * The entity model of the classes found on a class path.
	 * @param classpath the project's compiled classes and dependency jars
	 * @param packages packages to scan, empty for all
	 * @return the model
	 */
	static ModelSource scan(List<Path> classpath, List<String> packages) {
		ClassLoader own = ProjectHibernate.class.getClassLoader();
		ClassLoader loader = (own.getResource(HIBERNATE) != null && isPresent(READER, own)) ? own
				: projectLoader(classpath, own);
		try {
			Object model = Class.forName(READER, true, loader).getMethod("scan", List.class, List.class)
				.invoke(null, classpath, packages);
			return (loader == own) ? (ModelSource) model : new ContextModel((ModelSource) model, loader);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot load " + READER + " for autogenerate", ex);
		}
	}

	private static ClassLoader projectLoader(List<Path> classpath, ClassLoader parent) {
		if (classpath.stream().noneMatch(ProjectHibernate::holdsHibernate)) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Autogenerate uses your project's Hibernate,"
					+ " and none is on the class path " + classpath + "; add the project's dependency jars, e.g."
					+ " --classpath \"target/classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)\""
					+ " (or migrate.autogenerate.classpath), or run it in the application: java -jar app.jar migrate"
					+ " revision --autogenerate -m ...");
		}
		List<URL> urls = new ArrayList<>();
		try {
			urls.add(nestedReader(parent).toUri().toURL());
			for (Path entry : classpath) {
				urls.add(entry.toUri().toURL());
			}
		}
		catch (MalformedURLException ex) {
			throw new UncheckedIOException(ex);
		}
		return new URLClassLoader(urls.toArray(URL[]::new), parent);
	}

	private static boolean holdsHibernate(Path entry) {
		if (Files.isDirectory(entry)) {
			return Files.exists(entry.resolve(HIBERNATE));
		}
		if (!Files.isRegularFile(entry)) {
			return false;
		}
		try (JarFile jar = new JarFile(entry.toFile())) {
			return jar.getEntry(HIBERNATE) != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The nested reader jar copied to a temporary file, which a class loader can open. */
	private static Path nestedReader(ClassLoader loader) {
		try (InputStream in = loader.getResourceAsStream(NESTED_READER)) {
			if (in == null) {
				throw new IllegalStateException(NESTED_READER + " is missing from the CLI; rebuild retort.jar");
			}
			Path copy = Files.createTempFile("retort-hibernate", ".jar");
			copy.toFile().deleteOnExit();
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isPresent(String name, ClassLoader loader) {
		try {
			Class.forName(name, false, loader);
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/** Runs the model's Hibernate with the project's loader as the thread's context class loader. */
	private record ContextModel(ModelSource model, ClassLoader loader) implements ModelSource {

		@Override
		public SchemaModel load(DatabaseTarget target) {
			Thread thread = Thread.currentThread();
			ClassLoader previous = thread.getContextClassLoader();
			thread.setContextClassLoader(this.loader);
			try {
				return this.model.load(target);
			}
			finally {
				thread.setContextClassLoader(previous);
			}
		}

	}

}
