package dev.retort.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Writes chains of SQL revision files for the tests. */
final class RevisionFiles {

	private RevisionFiles() {
	}

	static String id(int number) {
		return String.format("rev%03d", number);
	}

	static String file(String id, String down, String message, String upgrade, String downgrade) {
		return "-- revision: " + id + "\n" + (down.isEmpty() ? "" : "-- down_revision: " + down + "\n")
				+ "-- message: " + message + "\n\n-- migrate:upgrade\n" + upgrade + "\n\n-- migrate:downgrade\n"
				+ downgrade + "\n";
	}

	/**
	 * A linear chain {@code rev001 <- rev002 <- ...}; revision {@code i} (1-based) gets the upgrade
	 * body the function returns and a downgrade that drops its table {@code t<i>}.
	 * @return the file of each revision, in order
	 */
	static List<Path> chain(Path folder, int count, IntFunction<String> upgrade) {
		List<Path> files = new ArrayList<>();
		try {
			Files.createDirectories(folder);
			for (int i = 1; i <= count; i++) {
				String id = id(i);
				Path file = folder.resolve(id + "_step_" + i + ".sql");
				Files.writeString(file, file(id, (i == 1) ? "" : id(i - 1), "step " + i, upgrade.apply(i),
						"DROP TABLE t" + i + ";"));
				files.add(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

}
