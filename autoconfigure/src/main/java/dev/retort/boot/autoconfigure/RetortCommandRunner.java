package dev.retort.boot.autoconfigure;

import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.retort.cli.CliHost;
import dev.retort.cli.CliIo;
import dev.retort.cli.RetortCli;
import dev.retort.core.api.RetortBuilder;
import dev.retort.core.autogenerate.ModelSource;

/**
 * Runs the CLI command of {@code java -jar app.jar migrate <command> ...} against the
 * application's own engine configuration, and returns its exit status.
 */
final class RetortCommandRunner {

	private final Supplier<RetortBuilder> builders;

	private final CliIo io;

	private final Supplier<@Nullable ModelSource> entityModel;

	private final Map<String, String> settings;

	RetortCommandRunner(Supplier<RetortBuilder> builders, Supplier<@Nullable ModelSource> entityModel,
			Map<String, String> settings) {
		this(builders, CliIo.system(), entityModel, settings);
	}

	RetortCommandRunner(Supplier<RetortBuilder> builders, CliIo io) {
		this(builders, io, () -> null, Map.of());
	}

	RetortCommandRunner(Supplier<RetortBuilder> builders, CliIo io, Supplier<@Nullable ModelSource> entityModel,
			Map<String, String> settings) {
		this.builders = builders;
		this.io = io;
		this.entityModel = entityModel;
		this.settings = Map.copyOf(settings);
	}

	/** The {@code migrate.*} settings the CLI reads from files, taken from the application instead. */
	static Map<String, String> settings(MigrateProperties properties) {
		MigrateProperties.Autogenerate autogenerate = properties.getAutogenerate();
		Map<String, String> settings = new java.util.LinkedHashMap<>();
		settings.put("migrate.autogenerate.exclude-tables", String.join(",", autogenerate.getExcludeTables()));
		settings.put("migrate.autogenerate.compare-server-defaults",
				String.valueOf(autogenerate.isCompareServerDefaults()));
		String hook = properties.getRevision().getPostWriteHook();
		if (hook != null) {
			settings.put("migrate.revision.post-write-hook", hook);
		}
		return Map.copyOf(settings);
	}

	/**
	 * Run the command in the application's arguments.
	 * @param args the application's arguments, {@code migrate} and Boot's own included
	 * @return the CLI's exit status; 0 when the arguments hold no command
	 */
	int run(String[] args) {
		if (!CommandMode.isCommand(args)) {
			return 0;
		}
		String[] command = CommandMode.cliArguments(args);
		// the entity model is only built for the commands that compare against it
		ModelSource model = CommandMode.needsEntities(command) ? this.entityModel.get() : null;
		return RetortCli.execute(command, this.io, new CliHost(this.builders, model, this.settings));
	}

}
