package dev.retort.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Objects;

/**
 * Where a CLI run reads its environment and writes its output; tests and Spring Boot's command
 * mode pass their own.
 *
 * @param out results (listings, SQL)
 * @param err progress lines and {@code FAILED:} messages
 * @param env environment variables ({@code MIGRATE_URL}, ...)
 * @param workingDirectory where {@code retort.properties} and {@code src/main/resources} are looked up
 * @since 0.1.0
 */
public record CliIo(PrintStream out, PrintStream err, Map<String, String> env, Path workingDirectory) {

	public CliIo {
		Objects.requireNonNull(out, "'out' must not be null");
		Objects.requireNonNull(err, "'err' must not be null");
		env = Map.copyOf(env);
		Objects.requireNonNull(workingDirectory, "'workingDirectory' must not be null");
	}

	/**
	 * The process's own streams, environment and working directory.
	 * @return the system I/O
	 */
	public static CliIo system() {
		return new CliIo(System.out, System.err, System.getenv(), Paths.get("").toAbsolutePath());
	}

}
