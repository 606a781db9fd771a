package dev.retort.boot.autoconfigure;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import dev.retort.cli.RetortCli;
import dev.retort.core.api.PasswordMask;
import dev.retort.core.api.RetortException;

/**
 * Runs a {@code migrate} command in the {@link MinimalCommandContext minimal context} as soon as
 * the application's environment is complete, and exits with the command's status: after every
 * other listener has seen the prepared environment (config data and profiles read, logging set up,
 * the application's own environment post-processors applied), before an application context is
 * created. Commands the minimal context does not suit are left to {@link RetortCommandRunListener}.
 */
final class MinimalCommandRunListener implements SpringApplicationRunListener, Ordered {

	private final SpringApplication application;

	private final String[] args;

	private final boolean command;

	MinimalCommandRunListener(SpringApplication application, String[] args) {
		this.application = application;
		this.args = args.clone();
		this.command = CommandMode.isCommand(args);
	}

	@Override
	public int getOrder() {
		// after Boot's own listener, which publishes the event that completes the environment
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
		if (this.command && MinimalCommandContext.suits(environment, CommandMode.cliArguments(this.args))) {
			System.exit(run(environment));
		}
	}

	/** The command's exit status; a failure to start it is reported as the CLI reports one. */
	int run(ConfigurableEnvironment environment) {
		try {
			return MinimalCommandContext.run(environment, this.application.getClassLoader(), this.args);
		}
		catch (RuntimeException ex) {
			return failed(ex, environment);
		}
	}

	/** A minimal context that did not start: Retort's own message, as the CLI prints it. */
	private static int failed(RuntimeException ex, ConfigurableEnvironment environment) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof RetortException)) {
			cause = cause.getCause();
		}
		PasswordMask mask = PasswordMask.of(
				Arrays.asList(environment.getProperty("migrate.url"), environment.getProperty("spring.datasource.url")),
				environment.getProperty("migrate.password", environment.getProperty("spring.datasource.password")));
		String message = (cause instanceof RetortException) ? cause.getMessage()
				: cause.getClass().getSimpleName() + ": " + cause.getMessage();
		System.err.println("FAILED: " + mask.mask(message));
		return RetortCli.EXIT_FAILED;
	}

}
