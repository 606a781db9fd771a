package dev.retort.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A program a test runs, such as Graphviz's {@code dot} or a headless Chromium. When it is
 * missing, the test is skipped with the reason, except under {@code CI=true}, where {@code .ci/run}
 * installs it and a missing program is a failure.
 *
 * @since 0.1.0
 */
public final class ExternalTool {

	private ExternalTool() {
	}

	/**
	 * The first of the candidates that exists and is executable.
	 * @param packageName the Debian package that provides it, for the message
	 * @param candidates absolute paths to try, in order
	 * @return the program
	 */
	public static Path require(String packageName, String... candidates) {
		for (String candidate : candidates) {
			Path path = Path.of(candidate);
			if (Files.isExecutable(path)) {
				return path;
			}
		}
		String unavailable = "None of " + List.of(candidates) + " is installed; run 'apt-get install -y "
				+ packageName + "' (.ci/run does)";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail("CI=true requires " + packageName + ": " + unavailable);
		}
		Assumptions.abort(unavailable);
		throw new AssertionError(unavailable);
	}

	/**
	 * Run a program to completion and fail the test unless it exits with 0.
	 * @param program the program, usually from {@link #require}
	 * @param input what to write to its standard input (closed afterwards)
	 * @param timeoutSeconds how long it may take
	 * @param args its arguments
	 * @return its standard output; its standard error goes into the failure message
	 */
	public static String run(Path program, String input, long timeoutSeconds, String... args) {
		List<String> command = new ArrayList<>();
		command.add(program.toString());
		command.addAll(List.of(args));
		try {
			Path err = Files.createTempFile("retort-tool", ".err");
			try {
				Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
				try (OutputStream stdin = process.getOutputStream()) {
					stdin.write(input.getBytes(StandardCharsets.UTF_8));
				}
				String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					Assertions.fail(command + " did not finish within " + timeoutSeconds + " s");
				}
				if (process.exitValue() != 0) {
					Assertions.fail(command + " exited with " + process.exitValue() + ":\n" + Files.readString(err));
				}
				return out;
			}
			finally {
				Files.deleteIfExists(err);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
