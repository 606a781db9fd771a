package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * SQL revision files as the engine's tests write them: one place for the format, where each test
 * class had grown its own copy.
 */
final class RevisionFiles {

	private RevisionFiles() {
	}

	/**
	 * Write {@code <id>_r.sql}.
	 * @param dir the revision folder
	 * @param id the revision id
	 * @param parents the {@code down_revision} value (empty for a root)
	 * @param header more header lines ({@code -- key: value}), or empty
	 * @param upgrade the upgrade section
	 * @param downgrade the downgrade section
	 * @throws IOException when the file cannot be written
	 */
	static void write(Path dir, String id, String parents, String header, String upgrade, String downgrade)
			throws IOException {
		Files.writeString(dir.resolve(id + "_r.sql"), "-- revision: " + id + "\n-- down_revision: " + parents + "\n"
				+ header + "\n-- migrate:upgrade\n" + upgrade + "\n\n-- migrate:downgrade\n" + downgrade + "\n");
	}

	/**
	 * Write the linear chain {@code r<from>} … {@code r<to>} as {@code r<i>_t.sql}: revision
	 * {@code r<i>} runs {@code upgrade.apply(i)} and drops table {@code t<i>} on the way down.
	 * @param dir the revision folder
	 * @param from the first revision's number ({@code r1} is the root)
	 * @param to the last revision's number
	 * @param upgrade the upgrade section of revision {@code i}
	 * @throws IOException when a file cannot be written
	 */
	static void chain(Path dir, int from, int to, IntFunction<String> upgrade) throws IOException {
		for (int i = from; i <= to; i++) {
			String parent = (i == 1) ? "" : "-- down_revision: r" + (i - 1) + "\n";
			Files.writeString(dir.resolve("r" + i + "_t.sql"), "-- revision: r" + i + "\n" + parent
					+ "\n-- migrate:upgrade\n" + upgrade.apply(i) + "\n\n-- migrate:downgrade\nDROP TABLE t" + i + ";\n");
		}
	}

	/**
	 * {@link #chain} where revision {@code i} creates table {@code t<i> (id INT)}.
	 * @param dir the revision folder
	 * @param count how many revisions, from {@code r1}
	 * @throws IOException when a file cannot be written
	 */
	static void tableChain(Path dir, int count) throws IOException {
		chain(dir, 1, count, (i) -> "CREATE TABLE t" + i + " (id INT);");
	}

}
