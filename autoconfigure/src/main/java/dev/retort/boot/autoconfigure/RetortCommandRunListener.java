package dev.retort.boot.autoconfigure;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import dev.retort.cli.RetortCli;

/**
 * Turns {@code java -jar app.jar migrate <command> ...} into a one-shot run that exits with the
 * command's status. When the connection comes from properties, the command runs in a
 * {@link MinimalCommandContext minimal context} as soon as the environment is ready (see
 * {@link MinimalCommandRunListener}) and the application's own context is never created.
 * Otherwise (a DataSource defined in code, or {@code check} and {@code revision --autogenerate},
 * which need the entities) the application's context starts without web server, without
 * migration on startup, with lazy beans and quiet logs, and the command runs before the
 * application's runners would.
 */
final class RetortCommandRunListener implements SpringApplicationRunListener, Ordered {

	static final String PROPERTY_SOURCE_NAME = "retortCommandMode";

	private final SpringApplication application;

	private final String[] args;

	private final boolean command;

	RetortCommandRunListener(SpringApplication application, String[] args) {
		this.application = application;
		this.args = args.clone();
		this.command = CommandMode.isCommand(args);
	}

	@Override
	public int getOrder() {
		// Before Boot's own listener, so logging starts with the quieter defaults below.
		return -1;
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
		if (!this.command) {
			return;
		}
		// The command may be the one that creates the schema: nothing else may need or change it
		// first, so beans start only when asked for and Hibernate and spring.sql.init keep off.
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("spring.main.web-application-type", "none", "spring.main.lazy-initialization", "true",
							"migrate.auto-run", "false", "migrate.on-pending", "ignore",
							"spring.jpa.hibernate.ddl-auto", "none", "spring.sql.init.mode", "never")));
		// Defaults only: the application's own settings still win.
		DefaultPropertiesPropertySource.addOrMerge(Map.of("spring.main.banner-mode", "off",
				"spring.main.log-startup-info", "false", "logging.level.root", "warn"), environment.getPropertySources());
	}

	@Override
	public void started(ConfigurableApplicationContext context, Duration timeTaken) {
		if (!this.command) {
			return;
		}
		// before the application's runners: a command runs nothing of the application
		RetortCommandRunner runner = context.getBeanProvider(RetortCommandRunner.class).getIfAvailable();
		int status = (runner != null) ? runner.run(this.args) : noEngine();
		System.exit(SpringApplication.exit(context, () -> status));
	}

	static int noEngine() {
		System.err.println("FAILED: 'migrate' command mode needs Retort's auto-configured engine; check that"
				+ " migrate.enabled is not false and that a DataSource or migrate.url is configured");
		return RetortCli.EXIT_FAILED;
	}

}
