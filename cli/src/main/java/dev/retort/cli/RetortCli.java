package dev.retort.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortBuilder;
import dev.retort.core.api.RetortException;
import dev.retort.core.autogenerate.ModelSource;

/**
 * Runs one Retort command line and returns its exit status, for the {@code retort} tool and for
 * Spring Boot's command mode ({@code java -jar app.jar migrate <command>}). Failures print one
 * {@code FAILED: <message>} line on stderr (with the stack trace only under {@code --debug}).
 *
 * @since 0.1.0
 */
public final class RetortCli {

	/** Exit status of a command that failed. */
	public static final int EXIT_FAILED = 1;

	/** Exit status of a command line that could not be parsed. */
	public static final int EXIT_USAGE = 2;

	private RetortCli() {
	}

	/**
	 * Run a command with configuration from options, environment and files.
	 * @param args the arguments, global options first
	 * @param io streams and environment
	 * @return the exit status: 0 on success
	 */
	public static int execute(String[] args, CliIo io) {
		return run(args, io, null);
	}

	/**
	 * Run a command against an engine the host application configured (its DataSource, locations
	 * and tables); connection options on the command line then do not apply.
	 * @param args the arguments
	 * @param io streams and environment
	 * @param hostEngine a supplier of a configured builder, or {@code null} to configure from options
	 * @return the exit status: 0 on success
	 */
	public static int execute(String[] args, CliIo io, @Nullable Supplier<RetortBuilder> hostEngine) {
		return execute(args, io, hostEngine, (ModelSource) null);
	}

	/**
	 * Run a command against an engine and the entities the host application configured, so that
	 * {@code revision --autogenerate} and {@code check} compare the application's own entity scan
	 * rather than scanning compiled classes.
	 * @param args the arguments
	 * @param io streams and environment
	 * @param hostEngine a supplier of a configured builder, or {@code null} to configure from options
	 * @param hostModel the application's entity model, or {@code null} to scan {@code --classpath}
	 * @return the exit status: 0 on success
	 */
	public static int execute(String[] args, CliIo io, @Nullable Supplier<RetortBuilder> hostEngine,
			@Nullable ModelSource hostModel) {
		return (hostEngine != null) ? execute(args, io, new CliHost(hostEngine, hostModel, Map.of()))
				: run(args, io, null);
	}

	/**
	 * Run a command for a host application: its engine configuration, entities and settings.
	 * @param args the arguments
	 * @param io streams and environment
	 * @param host what the application provides
	 * @return the exit status: 0 on success
	 */
	public static int execute(String[] args, CliIo io, CliHost host) {
		return run(args, io, host);
	}

	private static int run(String[] args, CliIo io, @Nullable CliHost host) {
		return run(args, io, host, null);
	}

	/** Run a command line; with a tenant's engine, as that tenant's part of a {@link TenantCommand}. */
	static int run(String[] args, CliIo io, @Nullable CliHost host, @Nullable Retort tenantEngine) {
		GlobalOptions root = new GlobalOptions();
		root.io = io;
		root.tenantEngine = tenantEngine;
		if (host != null) {
			root.hostEngine = host.engine();
			root.hostModel = host.model();
			root.hostProperties = host.properties();
		}
		CommandLine commandLine = GlobalOptions.addSubcommands(new CommandLine(root), args);
		CommandHelp.addTo(commandLine);
		commandLine.setOut(new PrintWriter(io.out(), true));
		commandLine.setErr(new PrintWriter(io.err(), true));
		commandLine.setParameterExceptionHandler((ex, arguments) -> usageError(ex, root));
		commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> failed(ex, root));
		commandLine.setExecutionStrategy(new TenantCommand(root, args, host));
		int status = commandLine.execute(args);
		io.out().flush();
		io.err().flush();
		return status;
	}

	private static int usageError(ParameterException ex, GlobalOptions root) {
		CommandLine command = ex.getCommandLine();
		PrintWriter err = command.getErr();
		err.println("FAILED: " + root.mask(ex.getMessage()) + "; see '"
				+ command.getCommandSpec().qualifiedName() + " --help'");
		err.flush();
		return EXIT_USAGE;
	}

	private static int failed(Exception ex, GlobalOptions root) {
		String message = (ex instanceof RetortException) ? ex.getMessage()
				: ex.getClass().getSimpleName() + ": " + ex.getMessage();
		if (ex instanceof RetortException retort && retort.code() == ErrorCode.AMBIGUOUS_REVISION
				&& ex.getCause() != null) {
			// Alembic's wording hides why; keep it first and say which revisions matched
			message += " (" + ex.getCause().getMessage() + "; type more characters of the id)";
		}
		root.io.err().println("FAILED: " + root.mask(message));
		if (root.debug) {
			// a cause's message may quote the URL or a piece of it: the trace is masked like the line
			StringWriter trace = new StringWriter();
			ex.printStackTrace(new PrintWriter(trace));
			root.io.err().print(root.mask(trace.toString()));
		}
		root.io.err().flush();
		return EXIT_FAILED;
	}

}
