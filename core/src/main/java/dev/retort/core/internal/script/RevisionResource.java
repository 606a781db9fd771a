package dev.retort.core.internal.script;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One revision file found in a location, read on demand so files can be read in parallel.
 */
interface RevisionResource {

	/**
	 * Where the file lives, as messages and {@code Revision.source()} show it.
	 * @return for example {@code classpath:db/revisions/ae10_add.sql}
	 */
	String source();

	/**
	 * The raw content.
	 * @return the bytes
	 * @throws IOException when the file cannot be read
	 */
	byte[] read() throws IOException;

	static RevisionResource ofPath(String source, Path path) {
		return new PathResource(source, path);
	}

	static RevisionResource ofBytes(String source, byte[] content) {
		return new LoadedResource(source, content);
	}

	/** A file on disk, read when parsed. */
	record PathResource(String source, Path path) implements RevisionResource {

		@Override
		public byte[] read() throws IOException {
			if (this.path.getFileSystem() != FileSystems.getDefault()) {
				return Files.readAllBytes(this.path);
			}
			// half the cost of Files.readAllBytes in a JVM that has not compiled either yet (startup)
			try (FileInputStream in = new FileInputStream(this.path.toFile())) {
				return in.readAllBytes();
			}
		}

	}

	/** A jar entry, read while its jar was open. */
	record LoadedResource(String source, byte[] content) implements RevisionResource {

		@Override
		public byte[] read() {
			return this.content;
		}

	}

}
