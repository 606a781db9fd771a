package dev.retort.boot.autoconfigure;

import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Command mode without the application: a context of the DataSource and Retort only, built from
 * the application's environment ({@code migrate.*} and {@code spring.datasource.*}, profiles
 * included). No component scanning, no web server, no JPA, no runners; a command takes a fraction
 * of a normal start.
 */
final class MinimalCommandContext {

	private MinimalCommandContext() {
	}

	/**
	 * Whether the minimal context can serve a command: the connection comes from properties (a
	 * DataSource the application defines in code needs the application), the command does not
	 * compare with the application's entities, and {@code migrate.command.minimal-context} is not
	 * {@code false}.
	 */
	static boolean suits(ConfigurableEnvironment environment, String[] cliArguments) {
		return !CommandMode.needsEntities(cliArguments)
				&& environment.getProperty("migrate.command.minimal-context", Boolean.class, true)
				&& (StringUtils.hasText(environment.getProperty("migrate.url"))
						|| StringUtils.hasText(environment.getProperty("spring.datasource.url")));
	}

	/**
	 * Run the command of the arguments in a minimal context.
	 * @return the command's exit status
	 */
	static int run(ConfigurableEnvironment environment, ClassLoader classLoader, String[] args) {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.setEnvironment(environment);
			context.setClassLoader(classLoader);
			context.register(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class);
			context.refresh();
			RetortCommandRunner runner = context.getBeanProvider(RetortCommandRunner.class).getIfAvailable();
			if (runner == null) {
				return RetortCommandRunListener.noEngine();
			}
			return runner.run(args);
		}
	}

}
