package dev.retort.core.internal.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the {@code *.sql} files of a folder and its subfolders, on any {@link java.nio.file.FileSystem}.
 */
final class FolderWalker {

	private FolderWalker() {
	}

	/**
	 * @param folder the folder to walk
	 * @param prefix what to put before the folder-relative path in each source, ending with {@code /}
	 * @return the files, sorted by source
	 */
	static List<RevisionResource> sqlFiles(Path folder, String prefix) throws IOException {
		List<RevisionResource> resources = new ArrayList<>();
		// find() hands over the attributes the walk already read: no second stat per file
		try (Stream<Path> paths = Files.find(folder, Integer.MAX_VALUE,
				(path, attributes) -> attributes.isRegularFile() && isSqlFileName(String.valueOf(path.getFileName())),
				FileVisitOption.FOLLOW_LINKS)) {
			paths.forEach((path) -> resources.add(RevisionResource.ofPath(prefix + relative(folder, path), path)));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return resources;
	}

	/** {@code *.sql}, skipping hidden files such as editor lock files ({@code .#x.sql}). */
	static boolean isSqlFileName(String name) {
		return name.endsWith(".sql") && !name.startsWith(".");
	}

	/** The path of a file below a folder, with {@code /} between its parts. */
	static String relative(Path folder, Path path) {
		Path relative = folder.relativize(path);
		StringBuilder out = new StringBuilder();
		for (Path part : relative) {
			if (!out.isEmpty()) {
				out.append('/');
			}
			out.append(part);
		}
		return out.toString();
	}

}
