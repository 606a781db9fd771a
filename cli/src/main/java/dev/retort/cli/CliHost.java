package dev.retort.cli;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.RetortBuilder;
import dev.retort.core.autogenerate.ModelSource;

/**
 * What an application hosting the CLI provides in command mode ({@code java -jar app.jar migrate
 * <command>}): its engine configuration, its entities and its {@code migrate.*} settings, which
 * then replace the CLI's own options, scanning and files.
 *
 * @param engine a supplier of a builder configured like the application's engine
 * @param model the application's entity model for autogenerate and {@code check}, or {@code null}
 * to scan compiled classes
 * @param properties {@code migrate.*} keys of the application (for example
 * {@code migrate.autogenerate.exclude-tables}), consulted before any file
 * @since 0.1.0
 */
public record CliHost(Supplier<RetortBuilder> engine, @Nullable ModelSource model, Map<String, String> properties) {

	public CliHost {
		Objects.requireNonNull(engine, "'engine' must not be null");
		properties = Map.copyOf(properties);
	}

}
