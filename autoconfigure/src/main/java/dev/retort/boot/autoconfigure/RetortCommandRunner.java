package dev.retort.boot.autoconfigure;

import java.util.function.Supplier;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import dev.retort.cli.CliIo;
import dev.retort.cli.RetortCli;
import dev.retort.core.api.RetortBuilder;

/**
 * Runs the CLI command of {@code java -jar app.jar migrate <command> ...} against the
 * application's own engine configuration, and reports its status as the exit code.
 */
final class RetortCommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final Supplier<RetortBuilder> builders;

	private final CliIo io;

	private int exitCode;

	RetortCommandRunner(Supplier<RetortBuilder> builders) {
		this(builders, CliIo.system());
	}

	RetortCommandRunner(Supplier<RetortBuilder> builders, CliIo io) {
		this.builders = builders;
		this.io = io;
	}

	@Override
	public void run(ApplicationArguments args) {
		String[] source = args.getSourceArgs();
		if (CommandMode.isCommand(source)) {
			this.exitCode = RetortCli.execute(CommandMode.cliArguments(source), this.io, this.builders);
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
