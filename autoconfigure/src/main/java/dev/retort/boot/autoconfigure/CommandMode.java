package dev.retort.boot.autoconfigure;

import java.util.Arrays;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Recognises {@code java -jar app.jar [--boot.property=value ...] migrate <command> ...}: the first
 * argument that is not an option is {@code migrate} (Spring Boot's {@code --...} arguments may come
 * before it, after it or both), and the Retort CLI is on the classpath.
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
		return commandIndex(args) >= 0 && ClassUtils.isPresent(CLI_CLASS, CommandMode.class.getClassLoader());
	}

	/**
	 * The position of {@code migrate}: the first argument that is not an option ({@code --...},
	 * which Spring Boot reads as a property); -1 when that argument is something else.
	 */
	private static int commandIndex(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				return COMMAND.equals(args[i]) ? i : -1;
			}
		}
		return -1;
	}

	/**
	 * The CLI's arguments: everything after {@code migrate} except Spring Boot's own
	 * {@code --some.property=value} arguments, which configure the application instead. CLI
	 * option names never contain a dot.
	 */
	static String[] cliArguments(String[] args) {
		return Arrays.stream(args).skip(commandIndex(args) + 1).filter((arg) -> !isSpringProperty(arg))
			.toArray(String[]::new);
	}

	/** Whether a command compares the database with the application's entities, which needs the whole application. */
	static boolean needsEntities(String[] cliArguments) {
		return Arrays.asList(cliArguments).contains("check") || Arrays.asList(cliArguments).contains("--autogenerate");
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
