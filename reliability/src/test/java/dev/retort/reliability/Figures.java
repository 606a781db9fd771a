package dev.retort.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Records the figures of a run (processes, kill points, fuzz cases, leaks) in
 * {@code target/reliability/figures.txt}, from which {@code docs/reliability.md} is updated.
 */
final class Figures {

	private Figures() {
	}

	static synchronized void record(String test, String line) {
		String text = Instant.now() + " " + test + ": " + line;
		System.out.println("[figures] " + text);
		Path folder = Path.of(System.getProperty("retort.reports", "target/reliability"));
		try {
			Files.createDirectories(folder);
			Files.writeString(folder.resolve("figures.txt"), text + "\n", StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
