package dev.retort.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.PasswordMask;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortBuilder;
import dev.retort.core.api.RetortException;
import dev.retort.core.autogenerate.ModelSource;

/**
 * The {@code retort} command: global options, then one subcommand. Also the place subcommands ask
 * for their settings and engine.
 */
@Command(name = "retort", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Alembic's database migrations for Java and Spring Boot.")
final class GlobalOptions {

	/**
	 * The subcommands by name and alias, in the order help lists them. They are not in the
	 * annotation: picocli would build the model of all of them for every run, which costs a cold
	 * command tens of milliseconds; {@link #addSubcommands} adds the ones a command line names.
	 */
	static final Map<String, Class<?>> SUBCOMMANDS = subcommandsByName();

	@Option(names = "--url", description = "JDBC URL of the database (or MIGRATE_URL, migrate.url).")
	@Nullable String url;

	@Option(names = "--user", description = "Database user (or MIGRATE_USER, migrate.user).")
	@Nullable String user;

	@Option(names = "--password", description = "Database password (or MIGRATE_PASSWORD, migrate.password).")
	@Nullable String password;

	@Option(names = "--locations", description = "Comma-separated revision locations (default classpath:db/revisions).")
	@Nullable String locations;

	@Option(names = "--version-table", description = "Version table name (default retort_version).")
	@Nullable String versionTable;

	@Option(names = "--history-table", description = "History table name (default retort_history).")
	@Nullable String historyTable;

	@Option(names = "--schema", description = "Schema of the version and history tables.")
	@Nullable String schema;

	@Option(names = "--dialect", description = "h2, postgresql or mariadb, for --sql without --url.")
	@Nullable String dialect;

	@Option(names = "--lock-timeout", description = "How long to wait for another migration's lock (e.g. 30s).")
	@Nullable String lockTimeout;

	@Option(names = "--ddl-lock-timeout",
			description = "How long a revision's statement may wait for a table lock before the revision is retried (default 5s; 0 off).")
	@Nullable String ddlLockTimeout;

	@Option(names = { "-c", "--config" },
			description = "A properties or YAML file with migrate.* keys (or the RETORT_CONFIG variable).")
	@Nullable String config;

	@Option(names = { "-n", "--name" }, paramLabel = "NAME",
			description = "Which database of a multi-database configuration: migrate.databases.NAME.* keys win.")
	@Nullable String name;

	@Option(names = { "--debug", "--raiseerr" }, description = "Print stack traces of failures.")
	boolean debug;

	@Option(names = "-x", paramLabel = "KEY=VALUE",
			description = "Additional argument for revisions, repeatable: ${x.KEY} in SQL files with "
					+ "'-- placeholders: true', op.xArguments() in Java revisions.")
	List<String> xArguments = new java.util.ArrayList<>();

	@Option(names = "--transaction-per-migration", paramLabel = "true|false",
			description = "Commit each revision on its own (default true); false runs the whole upgrade or downgrade"
					+ " as one transaction on PostgreSQL (or migrate.transaction-per-migration).")
	@Nullable String transactionPerMigration;

	@picocli.CommandLine.Mixin
	TenantOptions tenants = new TenantOptions();

	/** The engine of the tenant this run is one part of; set by {@link TenantCommand}. */
	@Nullable Retort tenantEngine;

	CliIo io = CliIo.system();

	boolean ignoreChecksums;

	@Nullable Supplier<RetortBuilder> hostEngine;

	/** The host application's entities, for {@code revision --autogenerate} and {@code check}. */
	@Nullable ModelSource hostModel;

	/** {@code migrate.*} settings of a host application, consulted before files. */
	Map<String, String> hostProperties = Map.of();

	private @Nullable Settings settings;

	Settings settings() {
		if (this.settings == null) {
			this.settings = new SettingsResolver(this.io.env(), this.io.workingDirectory()).resolve(this);
		}
		return this.settings;
	}

	/**
	 * The text with the configured password masked where it stands as a value (see
	 * {@link PasswordMask}), whatever a driver put into a message.
	 */
	String mask(@Nullable String text) {
		List<@Nullable String> urls = new ArrayList<>();
		urls.add(this.url);
		String secret = this.password;
		try {
			Settings resolved = settings();
			resolved.url().ifPresent(urls::add);
			secret = resolved.password().orElse(secret);
		}
		catch (RuntimeException ex) {
			// settings themselves failed to resolve: nothing secret was read from them
		}
		return PasswordMask.of(urls, secret).mask(text);
	}

	/** An engine for commands that only read revision files. */
	Retort offlineEngine() {
		return build(false);
	}

	/** An engine connected to the configured database. */
	Retort engine() {
		return build(true);
	}

	private Retort build(boolean needsDatabase) {
		if (this.tenantEngine != null) {
			return this.tenantEngine;
		}
		RetortBuilder builder;
		if (this.hostEngine != null) {
			builder = this.hostEngine.get();
		}
		else {
			Settings settings = settings();
			builder = Retort.configure().locations(absoluteLocations(settings.locations()))
				.classLoader(projectClassLoader());
			if (settings.url().isPresent()) {
				builder.url(settings.url().get(), settings.user().orElse(null), settings.password().orElse(null));
			}
			else if (needsDatabase) {
				if (!settings.databases().isEmpty() && this.name == null) {
					throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "No database configured; the"
							+ " configuration names databases " + String.join(", ", settings.databases())
							+ " (migrate.databases.<name>.*): pick one with -n/--name, as in 'retort -n "
							+ settings.databases().get(0) + " upgrade heads'");
				}
				throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
						"No database configured; pass --url, set MIGRATE_URL, or set migrate.url in "
								+ "retort.properties or src/main/resources/application.properties");
			}
			settings.versionTable().ifPresent(builder::versionTable);
			settings.historyTable().ifPresent(builder::historyTable);
			settings.schema().ifPresent(builder::schema);
			settings.dialect().ifPresent(builder::dialect);
			settings.lockTimeout().ifPresent(builder::lockTimeout);
			settings.ddlLockTimeout().ifPresent(builder::ddlLockTimeout);
			builder.placeholders(settings.placeholders());
			settings.transactionPerMigration().ifPresent(builder::transactionPerMigration);
		}
		if (this.hostEngine != null && this.transactionPerMigration != null) {
			builder.transactionPerMigration(SettingsResolver.parseBoolean(this.transactionPerMigration,
					"--transaction-per-migration"));
		}
		if (!this.xArguments.isEmpty()) {
			builder.xArguments(SettingsResolver.xArguments(this.xArguments));
		}
		if (this.ignoreChecksums) {
			builder.validateChecksums(false);
		}
		return builder.listener(new ConsoleListener(this.io.err())).load();
	}

	/** Relative filesystem locations are relative to the working directory the CLI was given. */
	List<String> absoluteLocations(List<String> locations) {
		return locations.stream().map((location) -> {
			if (location.startsWith("classpath:")) {
				return location;
			}
			String path = location.startsWith("filesystem:") ? location.substring("filesystem:".length()) : location;
			return "filesystem:" + this.io.workingDirectory().resolve(path).normalize();
		}).toList();
	}

	/**
	 * {@code classpath:} locations mean the project's resources, and its compiled Java revisions;
	 * see {@link ProjectClassLoader}. The CLI's own jar is deliberately not on this class path.
	 */
	ClassLoader projectClassLoader() {
		return ProjectClassLoader.of(this.io.workingDirectory());
	}

	private static Map<String, Class<?>> subcommandsByName() {
		Map<String, Class<?>> commands = new LinkedHashMap<>();
		commands.put("init", InitCommand.class);
		commands.put("revision", RevisionCommand.class);
		commands.put("merge", MergeCommand.class);
		commands.put("upgrade", UpgradeCommand.class);
		commands.put("downgrade", DowngradeCommand.class);
		commands.put("stamp", StampCommand.class);
		commands.put("current", CurrentCommand.class);
		commands.put("history", HistoryCommand.class);
		commands.put("heads", HeadsCommand.class);
		commands.put("branches", BranchesCommand.class);
		commands.put("show", ShowCommand.class);
		commands.put("check", CheckCommand.class);
		commands.put("validate", ValidateCommand.class);
		commands.put("graph", GraphCommand.class);
		commands.put("list_templates", ListTemplatesCommand.class);
		commands.put("list-templates", ListTemplatesCommand.class);
		commands.put("edit", EditCommand.class);
		commands.put("lint", LintCommand.class);
		commands.put("index", IndexCommand.class);
		return Collections.unmodifiableMap(commands);
	}

	/**
	 * Add to the root command the subcommands that the arguments name (any argument equal to a
	 * subcommand's name or alias), or all of them when none is named: then picocli answers help,
	 * a missing or a mistyped command with the whole list, as before.
	 * @param root the {@code retort} command line
	 * @param args the arguments it will parse
	 * @return the command line
	 */
	static CommandLine addSubcommands(CommandLine root, String[] args) {
		Set<Class<?>> named = new LinkedHashSet<>();
		for (String arg : args) {
			Class<?> command = SUBCOMMANDS.get(arg);
			if (command != null) {
				named.add(command);
			}
		}
		for (Class<?> command : named.isEmpty() ? new LinkedHashSet<>(SUBCOMMANDS.values()) : named) {
			root.addSubcommand(command);
		}
		return root;
	}

}
