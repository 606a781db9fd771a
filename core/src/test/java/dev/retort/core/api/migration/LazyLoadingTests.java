package dev.retort.core.api.migration;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liquibase is loaded only when a Java revision's operations are rendered. Each scenario runs in
 * a fresh class loader that holds the whole test classpath (Retort, H2, Liquibase, the fixtures)
 * with only the platform loader as parent, so every class the scenario uses is requested from it;
 * the loader records each request for a {@code liquibase.*} class. A positive control shows the
 * recording works.
 */
class LazyLoadingTests {

	@TempDir
	Path folder;

	@Test
	void sqlOnlyProjectNeverLoadsLiquibase() throws Exception {
		Result result = run(h2Url("sqlonly"), "classpath:db/javarev/sqlonly");
		assertThat(result.current()).containsExactly("s1");
		assertThat(result.liquibaseClasses()).isEmpty();
	}

	@Test
	void javaRevisionsLoadLiquibaseOnlyWhileTheyRun() throws Exception {
		String url = h2Url("mixed");
		Result first = run(url, "classpath:db/javarev/mixed");
		assertThat(first.current()).containsExactly("d4");
		// positive control: rendering b2's addColumn went through Liquibase, in this loader
		assertThat(first.liquibaseClasses()).contains("liquibase.database.core.H2Database",
				"liquibase.change.core.AddColumnChange");

		// a restart with nothing pending: Java revisions are discovered, checksummed and their
		// downgrades derived, but nothing is rendered
		Result restart = run(url, "classpath:db/javarev/mixed");
		assertThat(restart.current()).containsExactly("d4");
		assertThat(restart.liquibaseClasses()).isEmpty();
	}

	private String h2Url(String name) {
		return "jdbc:h2:file:" + this.folder.resolve(name).toAbsolutePath();
	}

	private static Result run(String url, String location) throws Exception {
		try (RecordingLoader loader = new RecordingLoader(classpath())) {
			Class<?> probe = Class.forName(LazyProbe.class.getName(), true, loader);
			assertThat(probe.getClassLoader()).isSameAs(loader);
			@SuppressWarnings("unchecked")
			List<String> current = (List<String>) probe.getMethod("run", String.class, String.class)
				.invoke(null, url, location);
			return new Result(current, Set.copyOf(loader.liquibase));
		}
	}

	/** Surefire puts the test classpath in a property when it launches tests through a manifest jar. */
	private static URL[] classpath() throws MalformedURLException {
		String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<URL> urls = new ArrayList<>();
		for (String entry : path.split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				urls.add(new File(entry).toURI().toURL());
			}
		}
		return urls.toArray(URL[]::new);
	}

	private record Result(List<String> current, Set<String> liquibaseClasses) {
	}

	private static final class RecordingLoader extends URLClassLoader {

		private final Set<String> liquibase = ConcurrentHashMap.newKeySet();

		RecordingLoader(URL[] urls) {
			super(urls, ClassLoader.getPlatformClassLoader());
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (name.startsWith("liquibase.")) {
				this.liquibase.add(name);
			}
			return super.loadClass(name, resolve);
		}

		@Override
		public void close() throws IOException {
			super.close();
		}

	}

}
