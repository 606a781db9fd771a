package dev.retort.core.internal.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.internal.migration.JavaRevisions;
import dev.retort.core.script.RevisionIndex;
import dev.retort.core.script.Script;

/**
 * Writes the revision index ({@link IndexFile}) of each location folder, after checking every
 * file as {@code validate} does: headers, statements, Java revision classes, unique ids and the
 * graph. Nothing is written when any check fails.
 *
 * @since 0.1.0
 */
public final class IndexWriter {

	private IndexWriter() {
	}

	/**
	 * Index some locations.
	 * @param locations the locations
	 * @param classesRoot where {@code classpath:} folders are read and their index written
	 * @param classLoader loads the Java revision classes of {@code classpath:} locations; must see
	 * the classes under {@code classesRoot}
	 * @return the indexes written, in location order
	 */
	public static List<RevisionIndex.Written> write(List<String> locations, Path classesRoot, ClassLoader classLoader) {
		if (locations.isEmpty()) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "No revision locations are configured; set "
					+ "migrate.locations / --locations, for example to classpath:db/revisions");
		}
		List<Folder> folders = new ArrayList<>();
		List<Script> all = new ArrayList<>();
		for (String text : locations) {
			Locations.Location location = Locations.Location.parse(text);
			Folder folder = folder(location, classesRoot, classLoader);
			folders.add(folder);
			all.addAll(folder.scripts());
		}
		Locations.requireUniqueIds(all);
		RevisionGraph.of(all.stream().map(Script::revision).toList());
		List<RevisionIndex.Written> written = new ArrayList<>();
		for (Folder folder : folders) {
			Path file = folder.path().resolve(IndexFile.NAME);
			write(file, IndexFile.render(folder.entries()));
			written.add(new RevisionIndex.Written(folder.location().text(), file, folder.scripts().size()));
		}
		return written;
	}

	private record Folder(Locations.Location location, Path path, List<IndexFile.Entry> entries, List<Script> scripts) {
	}

	private static Folder folder(Locations.Location location, Path classesRoot, ClassLoader classLoader) {
		Path path = location.classpath() ? classesRoot.resolve(location.path()) : Path.of(location.path());
		if (!Files.isDirectory(path)) {
			throw new RetortException(ErrorCode.LOCATION_NOT_FOUND, "Location '" + location.text() + "' has no folder "
					+ path.toAbsolutePath().normalize() + " to index; "
					+ (location.classpath() ? "build the project first (mvn process-classes) or pass --output-dir with the"
							+ " classes folder that holds " + location.path()
							: "create it or fix migrate.locations / --locations"));
		}
		String prefix = location.classpath() ? "classpath:" + location.path() + "/"
				: (location.path().endsWith("/") ? location.path() : location.path() + "/");
		List<IndexFile.Entry> entries = new ArrayList<>();
		List<Script> scripts = new ArrayList<>();
		for (Path file : files(location, path)) {
			entries.add(entry(location, path, file, prefix, classLoader, scripts));
		}
		return new Folder(location, path, entries, scripts);
	}

	private static List<Path> files(Locations.Location location, Path folder) {
		try (Stream<Path> paths = Files.find(folder, Integer.MAX_VALUE,
				(path, attributes) -> attributes.isRegularFile() && IndexedFolder.isListed(String.valueOf(path.getFileName())),
				FileVisitOption.FOLLOW_LINKS)) {
			return paths.sorted(Comparator.comparing((Path file) -> FolderWalker.relative(folder, file))).toList();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new RetortException(ErrorCode.LOCATION_NOT_FOUND, "Location '" + location.text() + "' cannot be read ("
					+ ex.getMessage() + "); check its permissions", ex);
		}
	}

	private static IndexFile.Entry entry(Locations.Location location, Path folder, Path file, String prefix,
			ClassLoader classLoader, List<Script> scripts) {
		String relative = FolderWalker.relative(folder, file);
		byte[] content;
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
			content = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new RetortException(ErrorCode.INVALID_REVISION_FILE, prefix + relative + " cannot be read ("
					+ ex.getMessage() + "); check that it is readable", ex);
		}
		CRC32 crc = new CRC32();
		crc.update(content);
		long size = attributes.size();
		long modified = attributes.lastModifiedTime().toMillis();
		String name = String.valueOf(file.getFileName());
		if (FolderWalker.isSqlFileName(name)) {
			Script script = SqlRevisionParser.parse(prefix + relative, content).requireParsed();
			scripts.add(script);
			RevisionHeader header = script.revision();
			return new IndexFile.Entry(IndexFile.Kind.SQL, relative, size, crc.getValue(), modified, script.checksum(),
					script.transactional(), script.downgrade().isPresent(), header.id(),
					String.join(",", header.downRevisions()), String.join(",", header.branchLabels()),
					String.join(",", header.dependsOn()), header.createDate(), header.message(), "");
		}
		if (location.classpath() && name.endsWith(".class") && !name.equals("package-info.class")
				&& !name.equals("module-info.class")) {
			String className = location.path().replace('/', '.') + "."
					+ relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
			Class<?> type = JavaLocation.load(className, location, classLoader);
			if (type == null) {
				throw new RetortException(ErrorCode.INVALID_REVISION_FILE, "Class " + className + " (" + prefix + relative
						+ ") cannot be loaded to index it; give the index the project's class path");
			}
			if (JavaRevisions.isCandidate(type)) {
				Script script = JavaRevisions.script(type, location.text());
				scripts.add(script);
				return IndexFile.Entry.java(relative, size, crc.getValue(), modified, className, script.id());
			}
		}
		return IndexFile.Entry.file(relative, size, crc.getValue(), modified);
	}

	private static void write(Path file, String text) {
		Path temporary = file.resolveSibling(IndexFile.NAME + ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "The revision index " + file
					+ " cannot be written (" + ex.getMessage() + "); check the folder's permissions");
		}
	}

}
