package dev.retort.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

}
