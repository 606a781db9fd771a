package dev.retort.boot.autoconfigure;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.NativeDetector;
import org.springframework.core.env.ConfigurableEnvironment;

import dev.retort.core.lint.Linter;

/**
 * Loads the start-up lint's code on a background thread as soon as the environment is known
 * ({@link Linter#warmUp()}), so that {@code migrate.lint.on-startup} finds it ready when the
 * pending revisions are linted, as Spring Boot's own background pre-initializer does for its
 * classes. Only when the start-up lint will run (not for a {@code migrate} command); never in a
 * native image; not at all when the system property
 * {@code spring.backgroundpreinitializer.ignore} is {@code true}. Linting itself
 * stays where it was, before the first revision runs: the warm-up reads no file and no database
 * and its findings are discarded.
 */
final class LintWarmUp implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** Spring Boot's switch for background pre-initialization, which this one follows. */
	static final String IGNORE_PROPERTY = "spring.backgroundpreinitializer.ignore";

	private static final Log logger = LogFactory.getLog(LintWarmUp.class);

	private static final AtomicBoolean started = new AtomicBoolean();

	private final Consumer<Runnable> starter;

	LintWarmUp() {
		this(LintWarmUp::startOnce);
	}

	LintWarmUp(Consumer<Runnable> starter) {
		this.starter = starter;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		// a 'migrate' command runs no start-up lint: the warm-up would only take CPU from the command
		if (!CommandMode.isCommand(event.getArgs()) && wanted(event.getEnvironment())) {
			this.starter.accept(LintWarmUp::run);
		}
	}

	/** Whether the start-up lint will run in this application, as far as the environment tells. */
	static boolean wanted(ConfigurableEnvironment environment) {
		if (Boolean.getBoolean(IGNORE_PROPERTY) || NativeDetector.inNativeImage()) {
			return false;
		}
		try {
			Binder binder = Binder.get(environment);
			return binder.bind("migrate.enabled", Boolean.class).orElse(true)
					&& binder.bind("migrate.auto-run", Boolean.class).orElse(true)
					&& binder.bind("migrate.lint.on-startup", MigrateProperties.Lint.OnStartup.class)
						.orElse(MigrateProperties.Lint.OnStartup.WARN) != MigrateProperties.Lint.OnStartup.OFF;
		}
		catch (BindException ex) {
			// a value that does not bind: MigrateProperties reports it, naming the property, when the context starts
			return false;
		}
	}

	private static void run() {
		try {
			Linter.warmUp();
		}
		catch (RuntimeException | LinkageError ex) {
			// only a head start: the start-up lint itself reports any real problem
			logger.debug("Lint warm-up failed", ex);
		}
	}

	/** One daemon thread per JVM, however many applications start in it (tests). */
	private static void startOnce(Runnable task) {
		if (started.compareAndSet(false, true)) {
			Thread thread = new Thread(task, "retort-lint-warm-up");
			thread.setDaemon(true);
			thread.start();
		}
	}

}
