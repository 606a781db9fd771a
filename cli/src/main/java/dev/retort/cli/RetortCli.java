package dev.retort.cli;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.RetortBuilder;

/**
 * Runs one Retort command line and returns its exit status, for the {@code retort} tool and for
 * Spring Boot's command mode ({@code java -jar app.jar migrate <command>}).
 *
 * @since 0.1.0
 */
public final class RetortCli {

	private RetortCli() {
	}

	/**
	 * Run a command with configuration from options, environment and files.
	 * @param args the arguments, global options first
	 * @param io streams and environment
	 * @return the exit status: 0 on success
	 */
	public static int execute(String[] args, CliIo io) {
		return execute(args, io, null);
	}

	/**
	 * Run a command against an engine the host application configured (its DataSource, locations
	 * and tables); connection options on the command line are then refused.
	 * @param args the arguments
	 * @param io streams and environment
	 * @param hostEngine a supplier of a configured builder, or {@code null} to configure from options
	 * @return the exit status: 0 on success
	 */
	public static int execute(String[] args, CliIo io, @Nullable Supplier<RetortBuilder> hostEngine) {
		throw new UnsupportedOperationException("not yet");
	}

}
