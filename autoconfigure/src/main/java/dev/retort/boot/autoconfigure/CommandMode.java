package dev.retort.boot.autoconfigure;

import java.util.Arrays;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Recognises {@code java -jar app.jar migrate <command> ...}: the first argument is
 * {@code migrate} and the Retort CLI is on the classpath.
 */
final class CommandMode {

	static final String COMMAND = "migrate";

	private static final String CLI_CLASS = "dev.retort.cli.RetortCli";

	private CommandMode() {
	}

	/** Whether this context runs a command: {@link RetortCommandRunListener} prepared its environment. */
	static boolean isActive(ConfigurableEnvironment environment) {
		return environment.getPropertySources().contains(RetortCommandRunListener.PROPERTY_SOURCE_NAME);
	}

	static boolean isCommand(String[] args) {
		return args.length > 0 && COMMAND.equals(args[0])
				&& ClassUtils.isPresent(CLI_CLASS, CommandMode.class.getClassLoader());
	}

	/**
	 * The CLI's arguments: everything after {@code migrate} except Spring Boot's own
	 * {@code --some.property=value} arguments, which configure the application instead. CLI
	 * option names never contain a dot.
	 */
	static String[] cliArguments(String[] args) {
		return Arrays.stream(args).skip(1).filter((arg) -> !isSpringProperty(arg)).toArray(String[]::new);
	}

	private static boolean isSpringProperty(String arg) {
		if (!arg.startsWith("--")) {
			return false;
		}
		int equals = arg.indexOf('=');
		String name = (equals >= 0) ? arg.substring(2, equals) : arg.substring(2);
		return name.contains(".");
	}

}
