package dev.retort.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Alembic's {@code post_write_hooks}: {@code migrate.revision.post-write-hook}, a command run after
 * {@code revision} writes a file, with {@code {file}} standing for its path (a formatter, a
 * {@code git add}). The command is split on spaces (double quotes keep a part together) and runs
 * in the project folder without a shell. A failing hook is reported and the file is kept: the
 * revision exists whatever the hook did.
 */
final class PostWriteHook {

	private static final long TIMEOUT_SECONDS = 120;

	private final GlobalOptions root;

	PostWriteHook(GlobalOptions root) {
		this.root = root;
	}

	void run(Path file) {
		Optional<String> hook = new SettingsResolver(this.root.io.env(), this.root.io.workingDirectory())
			.fileValue(this.root, "revision.post-write-hook");
		if (hook.isEmpty()) {
			return;
		}
		List<String> command = split(hook.get()).stream().map((part) -> part.replace("{file}", file.toString())).toList();
		this.root.io.out().println("  Running post write hook '" + String.join(" ", command) + "' ...");
		String failure;
		try {
			Process process = new ProcessBuilder(command).directory(this.root.io.workingDirectory().toFile())
				.redirectErrorStream(true)
				.start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				failure = "did not finish within " + TIMEOUT_SECONDS + "s";
			}
			else if (process.exitValue() != 0) {
				failure = "exited with status " + process.exitValue() + outputOf(output);
			}
			else {
				this.root.io.out().println("  ... done");
				return;
			}
		}
		catch (IOException ex) {
			failure = "could not be started: " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failure = "was interrupted";
		}
		this.root.io.err().println("WARNING: the post write hook (migrate.revision.post-write-hook) " + failure
				+ "\nThe revision " + file + " was written and is kept; run the hook by hand or fix the setting.");
	}

	private static String outputOf(byte[] output) {
		String text = new String(output, StandardCharsets.UTF_8).strip();
		return text.isEmpty() ? "" : ":\n" + text;
	}

	/** Spaces separate the parts; double quotes keep one part together. */
	static List<String> split(String command) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (char c : command.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
				any = true;
			}
			else if (Character.isWhitespace(c) && !quoted) {
				if (any) {
					parts.add(part.toString());
					part.setLength(0);
					any = false;
				}
			}
			else {
				part.append(c);
				any = true;
			}
		}
		if (any) {
			parts.add(part.toString());
		}
		return parts;
	}

}
