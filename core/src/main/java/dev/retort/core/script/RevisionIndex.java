package dev.retort.core.script;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.internal.script.IndexFile;
import dev.retort.core.internal.script.IndexWriter;

/**
 * The build-time revision index: one file, {@value #FILE_NAME}, in each location folder, listing
 * every revision (id, parents, branch labels, dependencies, message, checksum, whether it is
 * transactional and reversible), every Java revision class, and every file of the folder with its
 * size, CRC-32 and modification time. {@link LocationScriptSource} (and so every engine, the CLI
 * and the Spring Boot starter) reads a folder's index instead of listing and reading its files
 * while the index matches the folder, and reads a revision's file only when it runs or is shown.
 * See docs/revision-format.md, "Revision index".
 *
 * <pre class="code">
 * List&lt;RevisionIndex.Written&gt; written = RevisionIndex.write(List.of("classpath:db/revisions"),
 *         Path.of("target/classes"), projectClassLoader);
 * </pre>
 *
 * @since 0.1.0
 */
public final class RevisionIndex {

	/** The name of the index file inside a location folder. */
	public static final String FILE_NAME = IndexFile.NAME;

	private RevisionIndex() {
	}

	/**
	 * One index written.
	 * @param location the location as configured
	 * @param file the index file
	 * @param revisions how many revisions (SQL files and Java classes) it lists
	 * @since 0.1.0
	 */
	public record Written(String location, Path file, int revisions) {
	}

	/**
	 * Check every revision of some locations as {@code validate} does (headers, statements, Java
	 * revision classes, unique ids, the graph) and write each location's index. Nothing is written
	 * when a check fails.
	 * @param locations the locations, for example {@code classpath:db/revisions}
	 * @param classesRoot the build output: a {@code classpath:} folder is read from and indexed in
	 * {@code classesRoot/<folder>}, for example {@code target/classes/db/revisions}; a
	 * {@code filesystem:} location is indexed in its own folder
	 * @param classLoader loads the Java revision classes of {@code classpath:} locations (and what
	 * they use); it must see the classes under {@code classesRoot}
	 * @return the indexes written, in location order
	 * @throws RetortException with {@code INVALID_REVISION_FILE}, {@code DUPLICATE_REVISION} or a
	 * graph error naming the file, or {@code LOCATION_NOT_FOUND} for a missing folder
	 */
	public static List<Written> write(List<String> locations, Path classesRoot, ClassLoader classLoader) {
		Objects.requireNonNull(locations, "'locations' must not be null");
		Objects.requireNonNull(classesRoot, "'classesRoot' must not be null");
		Objects.requireNonNull(classLoader, "'classLoader' must not be null");
		return IndexWriter.write(locations, classesRoot, classLoader);
	}

	/**
	 * {@link #write(List, Path, ClassLoader)} with a class loader that sees {@code classesRoot}
	 * and, above it, the class loader of Retort itself: enough for Java revisions that use only
	 * Retort's API.
	 * @param locations the locations
	 * @param classesRoot the build output
	 * @return the indexes written
	 */
	public static List<Written> write(List<String> locations, Path classesRoot) {
		Objects.requireNonNull(classesRoot, "'classesRoot' must not be null");
		URL url;
		try {
			url = classesRoot.toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Invalid classes folder " + classesRoot, ex);
		}
		try (URLClassLoader loader = new URLClassLoader(new URL[] { url }, RevisionIndex.class.getClassLoader())) {
			return write(locations, classesRoot, loader);
		}
		catch (java.io.IOException ex) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Cannot close the class loader of " + classesRoot, ex);
		}
	}

}
