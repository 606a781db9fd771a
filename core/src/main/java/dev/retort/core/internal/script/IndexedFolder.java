package dev.retort.core.internal.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.script.Body;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;

/**
 * One location folder read through its revision index ({@link IndexFile}) instead of its files.
 * The index is used only while it matches the folder: the same files (names), and each with the
 * same size and, in a jar, the same CRC-32 of its content (the jar's central directory holds it, so
 * checking costs no read), or on disk the same modification time. Otherwise the index is ignored
 * with one log line and the folder is read as without an index, so an edited file is hashed and
 * its checksum compared as always. A revision's file is read when its statements are first needed
 * (it runs, is rendered, linted or validated); a file whose content no longer has the checksum the
 * index recorded then fails naming the file.
 */
final class IndexedFolder {

	private static final System.Logger LOGGER = System.getLogger("dev.retort.core.index");

	private IndexedFolder() {
	}

	/**
	 * What a lookup found.
	 * @param scripts the folder's SQL revisions, or {@code null} when the index is not used
	 * @param classNames the folder's Java revision classes (binary names)
	 * @param reason why the index is not used, empty when it is
	 */
	record Lookup(@Nullable List<Script> scripts, List<String> classNames, String reason) {

		static Lookup none() {
			return new Lookup(null, List.of(), "no index");
		}

		static Lookup stale(String index, String reason) {
			LOGGER.log(Level.INFO, () -> "Revision index " + index + " is out of date (" + reason
					+ "); reading the revision files instead. Rebuild it with 'retort index' or 'mvn retort:index'.");
			return new Lookup(null, List.of(), reason);
		}

		static Lookup of(List<IndexFile.Entry> entries, String sourcePrefix, Reader reader) {
			List<Script> scripts = new ArrayList<>(entries.size());
			List<String> classNames = new ArrayList<>();
			for (IndexFile.Entry entry : entries) {
				if (entry.kind() == IndexFile.Kind.SQL) {
					scripts.add(sql(entry, sourcePrefix + entry.path(), reader));
				}
				else if (entry.kind() == IndexFile.Kind.JAVA) {
					classNames.add(entry.className());
				}
			}
			return new Lookup(scripts, classNames, "");
		}

	}

	/**
	 * A folder on disk: a {@code filesystem:} location, or a {@code classpath:} folder of a
	 * directory root.
	 * @param folder the folder
	 * @param sourcePrefix what comes before a file's relative path in its source
	 * @return the lookup; {@code null} scripts when the folder has no index
	 */
	static Lookup onDisk(Path folder, String sourcePrefix) {
		Path index = folder.resolve(IndexFile.NAME);
		if (!Files.isRegularFile(index)) {
			return Lookup.none();
		}
		List<IndexFile.Entry> entries;
		try {
			entries = IndexFile.parse(new String(Files.readAllBytes(index), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return Lookup.stale(index.toString(), "cannot be read: " + ex.getMessage());
		}
		if (entries == null) {
			return Lookup.stale(index.toString(), "not an index of format " + IndexFile.FORMAT);
		}
		Map<String, IndexFile.Entry> byPath = byPath(entries);
		String difference;
		try {
			difference = compareDisk(folder, byPath);
		}
		catch (IOException | UncheckedIOException ex) {
			return Lookup.stale(index.toString(), "the folder cannot be listed: " + ex.getMessage());
		}
		if (difference != null) {
			return Lookup.stale(index.toString(), difference);
		}
		return Lookup.of(entries, sourcePrefix, (path) -> read(folder.resolve(path)));
	}

	/**
	 * A {@code classpath:} folder in one classpath root.
	 * @param root the folder's URL in that root
	 * @param folder the folder, for example {@code db/revisions}
	 * @return the lookup
	 */
	static Lookup onClasspath(URL root, String folder) {
		String sourcePrefix = "classpath:" + folder + "/";
		try {
			if (!"file".equals(root.getProtocol()) && root.openConnection() instanceof JarURLConnection jar) {
				return inJar(jar, root, sourcePrefix);
			}
			return onDisk(Path.of(root.toURI()), sourcePrefix);
		}
		catch (IOException | URISyntaxException | FileSystemNotFoundException | IllegalArgumentException ex) {
			return Lookup.stale(root + "/" + IndexFile.NAME, "cannot be read: " + ex.getMessage());
		}
	}

	private static Lookup inJar(JarURLConnection connection, URL root, String sourcePrefix) throws IOException {
		connection.setUseCaches(false);
		String prefix = connection.getEntryName();
		prefix = (prefix == null) ? "" : prefix.endsWith("/") ? prefix : prefix + "/";
		String index = root + "/" + IndexFile.NAME;
		List<IndexFile.Entry> entries;
		String difference;
		try (JarFile jar = connection.getJarFile()) {
			JarEntry indexEntry = jar.getJarEntry(prefix + IndexFile.NAME);
			if (indexEntry == null) {
				return Lookup.none();
			}
			try (InputStream in = jar.getInputStream(indexEntry)) {
				entries = IndexFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			if (entries == null) {
				return Lookup.stale(index, "not an index of format " + IndexFile.FORMAT);
			}
			difference = compareJar(jar, prefix, byPath(entries));
		}
		if (difference != null) {
			return Lookup.stale(index, difference);
		}
		String base = root.toString().endsWith("/") ? root.toString() : root + "/";
		return Lookup.of(entries, sourcePrefix, (path) -> read(URI.create(base + path).toURL()));
	}

	private static Map<String, IndexFile.Entry> byPath(List<IndexFile.Entry> entries) {
		Map<String, IndexFile.Entry> byPath = new HashMap<>(entries.size() * 2);
		for (IndexFile.Entry entry : entries) {
			byPath.put(entry.path(), entry);
		}
		return byPath;
	}

	/** The first difference between the folder and the index, or {@code null}. */
	private static @Nullable String compareDisk(Path folder, Map<String, IndexFile.Entry> byPath) throws IOException {
		String[] difference = new String[1];
		int[] count = new int[1];
		Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (!attributes.isRegularFile() || !isListed(String.valueOf(file.getFileName()))) {
					return FileVisitResult.CONTINUE;
				}
				String path = FolderWalker.relative(folder, file);
				IndexFile.Entry entry = byPath.get(path);
				count[0]++;
				if (entry == null) {
					difference[0] = path + " is not in the index";
				}
				else if (entry.size() != attributes.size()) {
					difference[0] = path + " has " + attributes.size() + " bytes, the index says " + entry.size();
				}
				else if (entry.modified() != attributes.lastModifiedTime().toMillis()) {
					difference[0] = path + " was modified after the index was written";
				}
				return (difference[0] != null) ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
			}

		});
		if (difference[0] == null && count[0] != byPath.size()) {
			return (byPath.size() - count[0]) + " indexed file(s) are gone";
		}
		return difference[0];
	}

	private static @Nullable String compareJar(JarFile jar, String prefix, Map<String, IndexFile.Entry> byPath) {
		int count = 0;
		Enumeration<JarEntry> all = jar.entries();
		while (all.hasMoreElements()) {
			JarEntry jarEntry = all.nextElement();
			String name = jarEntry.getName();
			if (jarEntry.isDirectory() || !name.startsWith(prefix) || !isListed(name.substring(name.lastIndexOf('/') + 1))) {
				continue;
			}
			String path = name.substring(prefix.length());
			IndexFile.Entry entry = byPath.get(path);
			count++;
			if (entry == null) {
				return path + " is not in the index";
			}
			if (entry.size() != jarEntry.getSize() || entry.crc() != jarEntry.getCrc()) {
				return path + " differs from the indexed file (size or CRC-32)";
			}
		}
		return (count != byPath.size()) ? (byPath.size() - count) + " indexed file(s) are gone" : null;
	}

	/** Files an index lists: every file but hidden ones and the index itself. */
	static boolean isListed(String fileName) {
		return !fileName.startsWith(".") && !IndexFile.NAME.equals(fileName);
	}

	@FunctionalInterface
	private interface Reader {

		byte[] read(String path) throws IOException;

	}

	private static byte[] read(Path file) throws IOException {
		return RevisionResource.ofPath(file.toString(), file).read();
	}

	private static byte[] read(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	private static Script sql(IndexFile.Entry entry, String source, Reader reader) {
		RevisionHeader header = new RevisionHeader(entry.id(), list(entry.downRevisions()), list(entry.branchLabels()),
				list(entry.dependsOn()), entry.message(), entry.createDate(), source);
		Supplier<Script> file = new FileScript(entry, source, reader);
		Body upgrade = SqlBody.read(() -> (SqlBody) file.get().upgrade());
		Optional<Body> downgrade = entry.downgrade()
				? Optional.of(SqlBody.read(() -> (SqlBody) file.get().downgrade().orElseThrow())) : Optional.empty();
		return new Script(header, entry.checksum(), entry.transactional(), upgrade, downgrade);
	}

	private static List<String> list(String commaSeparated) {
		if (commaSeparated.isEmpty()) {
			return List.of();
		}
		if (commaSeparated.indexOf(',') < 0) {
			// one item, the usual single parent: what splitList gives, without splitting
			String item = commaSeparated.strip();
			return item.isEmpty() ? List.of() : List.of(item);
		}
		return SqlRevisionParser.splitList(commaSeparated);
	}

	/** An indexed SQL file, read and parsed once, when first needed, and checked against the index. */
	private static final class FileScript implements Supplier<Script> {

		private final IndexFile.Entry entry;

		private final String source;

		private final Reader reader;

		private volatile @Nullable Script script;

		FileScript(IndexFile.Entry entry, String source, Reader reader) {
			this.entry = entry;
			this.source = source;
			this.reader = reader;
		}

		@Override
		public Script get() {
			Script parsed = this.script;
			if (parsed == null) {
				synchronized (this) {
					parsed = this.script;
					if (parsed == null) {
						parsed = parse();
						this.script = parsed;
					}
				}
			}
			return parsed;
		}

		private Script parse() {
			byte[] content;
			try {
				content = this.reader.read(this.entry.path());
			}
			catch (IOException ex) {
				throw new RetortException(ErrorCode.INVALID_REVISION_FILE, this.source + " cannot be read ("
						+ ex.getMessage() + "); check that it exists and is readable, or rebuild the revision index", ex);
			}
			Script parsed = SqlRevisionParser.parse(this.source, content);
			if (!parsed.checksum().equals(this.entry.checksum()) || !parsed.id().equals(this.entry.id())
					|| parsed.downgrade().isPresent() != this.entry.downgrade()) {
				throw new RetortException(ErrorCode.INVALID_REVISION_FILE, this.source
						+ " changed after the revision index was written (checksum " + parsed.checksum()
						+ ", the index says " + this.entry.checksum() + "); rebuild the index with 'retort index' or"
						+ " 'mvn retort:index' (or delete " + IndexFile.NAME + ") so the change is checked against"
						+ " the applied revisions");
			}
			return parsed;
		}

	}

}
