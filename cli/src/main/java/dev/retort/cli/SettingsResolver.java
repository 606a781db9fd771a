package dev.retort.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortConfiguration;
import dev.retort.core.api.RetortException;

/**
 * Merges configuration, highest first: command line, {@code MIGRATE_*} environment variables, the
 * {@code --config} file, {@code ./retort.properties}, then the project's
 * {@code src/main/resources/application.{properties,yml,yaml}}. In files, {@code migrate.url} wins
 * over {@code spring.datasource.url}, so a Boot project needs no extra setting for the CLI.
 */
final class SettingsResolver {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

	private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

	private static final String PLACEHOLDERS = "migrate.placeholders.";

	private static final String DATABASES = "migrate.databases.";

	private final Map<String, String> env;

	private final Path workingDirectory;

	SettingsResolver(Map<String, String> env, Path workingDirectory) {
		this.env = env;
		this.workingDirectory = workingDirectory;
	}

	Settings resolve(GlobalOptions options) {
		Layer files = fileLayer(configFile(options));
		files.select(options.name);
		Optional<String> urlFromOption = Optional.ofNullable(options.url);
		Optional<String> urlFromEnv = Optional.ofNullable(this.env.get("MIGRATE_URL"));
		String origin = urlFromOption.isPresent() ? "--url"
				: urlFromEnv.isPresent() ? "MIGRATE_URL" : files.origin("url").orElse("nothing");
		Optional<String> url = first(options.url, this.env.get("MIGRATE_URL"), files.get("url"));
		Optional<String> user = first(options.user, this.env.get("MIGRATE_USER"), files.get("user"));
		Optional<String> password = first(options.password, this.env.get("MIGRATE_PASSWORD"),
				files.get("password"));
		String locations = first(options.locations, this.env.get("MIGRATE_LOCATIONS"), files.get("locations"))
			.orElse(RetortConfiguration.DEFAULT_LOCATION);
		Optional<Duration> lockTimeout = first(options.lockTimeout, files.get("lock-timeout"))
			.map((value) -> parseDuration(value, "lock-timeout"));
		Optional<Duration> ddlLockTimeout = first(options.ddlLockTimeout, files.get("ddl-lock-timeout"))
			.map((value) -> parseDuration(value, "ddl-lock-timeout"));
		Optional<Boolean> transactionPerMigration = first(options.transactionPerMigration,
				files.get("transaction-per-migration"))
			.map((value) -> parseBoolean(value, (options.transactionPerMigration != null)
					? "--transaction-per-migration" : "migrate.transaction-per-migration"));
		return new Settings(url, user, password, split(locations),
				first(options.versionTable, files.get("version-table")),
				first(options.historyTable, files.get("history-table")), first(options.schema, files.get("schema")),
				first(options.dialect, files.get("dialect")), lockTimeout, ddlLockTimeout, origin, transactionPerMigration,
				files.placeholders(), files.databases());
	}

	/** {@code --config}, else the {@code RETORT_CONFIG} variable (Alembic's {@code ALEMBIC_CONFIG}). */
	private @Nullable String configFile(GlobalOptions options) {
		if (options.config != null) {
			return options.config;
		}
		String fromEnv = this.env.get("RETORT_CONFIG");
		return (fromEnv != null && !fromEnv.isBlank()) ? fromEnv : null;
	}

	static boolean parseBoolean(String value, String name) {
		String text = value.trim().toLowerCase(Locale.ROOT);
		if (text.equals("true") || text.equals("false")) {
			return Boolean.parseBoolean(text);
		}
		throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
				"Invalid " + name + " '" + value + "'; use true or false");
	}

	/** {@code -x key=value} arguments, in order; a later key replaces an earlier one. */
	static Map<String, String> xArguments(List<String> arguments) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			String key = (equals < 0) ? "" : argument.substring(0, equals).strip();
			if (key.isEmpty() || !key.matches("[A-Za-z0-9_.-]+")) {
				throw new RetortException(ErrorCode.INVALID_ARGUMENT, "Invalid -x argument '" + argument
						+ "'; use -x key=value with a key of letters, digits, '_', '-' or '.'");
			}
			values.put(key, argument.substring(equals + 1));
		}
		return values;
	}

	/**
	 * One {@code migrate.*} key from the files only (the {@code --config} file,
	 * {@code retort.properties}, the project's application properties), for settings that have no
	 * environment variable.
	 */
	Optional<String> fileValue(GlobalOptions options, String key) {
		String hosted = options.hostProperties.get("migrate." + key);
		if (hosted != null && !hosted.isBlank()) {
			return Optional.of(hosted);
		}
		Layer files = fileLayer(configFile(options));
		files.select(options.name);
		return files.get(key);
	}

	private Layer fileLayer(@Nullable String configFile) {
		Layer layer = new Layer();
		Path resources = this.workingDirectory.resolve("src/main/resources");
		layer.load(resources.resolve("application.yaml"), false);
		layer.load(resources.resolve("application.yml"), false);
		layer.load(resources.resolve("application.properties"), false);
		layer.load(this.workingDirectory.resolve("retort.properties"), false);
		if (configFile != null) {
			layer.load(this.workingDirectory.resolve(configFile), true);
		}
		return layer;
	}

	@SafeVarargs
	private static Optional<String> first(@Nullable String... values) {
		return Arrays.stream(values).filter((value) -> value != null && !value.isBlank()).findFirst();
	}

	private static Optional<String> first(@Nullable String value, Optional<String> fallback) {
		return (value != null && !value.isBlank()) ? Optional.of(value) : fallback;
	}

	private static Optional<String> first(@Nullable String option, @Nullable String env, Optional<String> fallback) {
		return first(option, first(env, fallback));
	}

	static List<String> split(String commaSeparated) {
		List<String> parts = new ArrayList<>();
		for (String part : commaSeparated.split(",")) {
			if (!part.isBlank()) {
				parts.add(part.trim());
			}
		}
		return parts;
	}

	static Duration parseDuration(String value, String name) {
		String text = value.trim();
		Matcher simple = SIMPLE_DURATION.matcher(text);
		if (simple.matches()) {
			long amount = Long.parseLong(simple.group(1));
			String unit = (simple.group(2) != null) ? simple.group(2) : "s";
			return switch (unit) {
				case "ms" -> Duration.ofMillis(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				case "d" -> Duration.ofDays(amount);
				default -> Duration.ofSeconds(amount);
			};
		}
		try {
			return Duration.parse(text.toUpperCase(Locale.ROOT));
		}
		catch (DateTimeParseException ex) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Invalid " + name + " '" + value
					+ "'; use a duration such as 30s, 2m or PT1M (a plain number means seconds)");
		}
	}

	/** {@code migrate.*} keys from files, later files overriding earlier ones. */
	private final class Layer {

		private final Map<String, String> values = new LinkedHashMap<>();

		private final Map<String, String> origins = new LinkedHashMap<>();

		private @Nullable String database;

		/** {@code -n NAME}: {@code migrate.databases.NAME.*} keys win over {@code migrate.*}. */
		void select(@Nullable String name) {
			if (name == null) {
				return;
			}
			if (!databases().contains(name)) {
				throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "No database named '" + name
						+ "' (-n/--name) in the configuration; " + (databases().isEmpty()
								? "it has no migrate.databases.<name>.* keys"
								: "it names " + String.join(", ", databases())));
			}
			this.database = name;
		}

		/** The names of {@code migrate.databases.<name>.*} keys, in file order. */
		List<String> databases() {
			return this.values.keySet()
				.stream()
				.filter((key) -> key.startsWith(DATABASES) && key.indexOf('.', DATABASES.length()) > 0)
				.map((key) -> key.substring(DATABASES.length(), key.indexOf('.', DATABASES.length())))
				.distinct()
				.toList();
		}

		Optional<String> get(String key) {
			String value = (this.database != null) ? this.values.get(DATABASES + this.database + "." + key) : null;
			if (value == null) {
				value = this.values.get("migrate." + key);
			}
			if (value == null && DATASOURCE_FALLBACK.containsKey(key)) {
				value = this.values.get(DATASOURCE_FALLBACK.get(key));
			}
			return Optional.ofNullable(value).map(this::resolvePlaceholders).filter((v) -> !v.isBlank());
		}

		/** {@code migrate.placeholders.<name>} keys, by name. */
		Map<String, String> placeholders() {
			Map<String, String> placeholders = new LinkedHashMap<>();
			collect(placeholders, PLACEHOLDERS);
			if (this.database != null) {
				collect(placeholders, DATABASES + this.database + ".placeholders.");
			}
			return placeholders;
		}

		private void collect(Map<String, String> placeholders, String prefix) {
			this.values.forEach((key, value) -> {
				if (key.startsWith(prefix) && key.length() > prefix.length()) {
					placeholders.put(key.substring(prefix.length()), resolvePlaceholders(value));
				}
			});
		}

		Optional<String> origin(String key) {
			String origin = (this.database != null) ? this.origins.get(DATABASES + this.database + "." + key) : null;
			if (origin == null) {
				origin = this.origins.get("migrate." + key);
			}
			if (origin == null && DATASOURCE_FALLBACK.containsKey(key)) {
				origin = this.origins.get(DATASOURCE_FALLBACK.get(key));
			}
			return Optional.ofNullable(origin);
		}

		void load(Path file, boolean required) {
			if (!Files.isRegularFile(file)) {
				if (required) {
					throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
							"Config file '" + file + "' does not exist; check the --config path");
				}
				return;
			}
			Map<String, String> loaded = new LinkedHashMap<>();
			String name = file.getFileName().toString();
			try (InputStream in = Files.newInputStream(file)) {
				if (name.endsWith(".yml") || name.endsWith(".yaml")) {
					loadYaml(in, loaded);
				}
				else {
					Properties properties = new Properties();
					try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
						properties.load(reader);
					}
					properties.forEach((key, value) -> loaded.put(key.toString(), value.toString()));
				}
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof RetortException retort) {
					throw retort;
				}
				throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
						"Cannot read config file '" + file + "': " + ex.getMessage() + "; fix its syntax", ex);
			}
			loaded.forEach((key, value) -> {
				// placeholder names are used as written, like the keys of a Map property in Boot
				String canonical = key.contains("placeholders.") ? key.trim() : canonicalKey(key);
				if (canonical.startsWith("migrate.") || canonical.startsWith("spring.datasource.")) {
					this.values.put(canonical, value);
					this.origins.put(canonical, file.toString());
				}
			});
		}

		private String resolvePlaceholders(String value) {
			Matcher matcher = PLACEHOLDER.matcher(value);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				String name = matcher.group(1);
				String replacement = SettingsResolver.this.env.get(name);
				if (replacement == null) {
					replacement = SettingsResolver.this.env.get(name.toUpperCase(Locale.ROOT).replace('.', '_')
						.replace('-', '_'));
				}
				if (replacement == null) {
					replacement = this.values.get(name);
				}
				if (replacement == null) {
					replacement = (matcher.group(2) != null) ? matcher.group(2) : matcher.group();
				}
				matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
			}
			matcher.appendTail(out);
			return out.toString();
		}

	}

	private static final Map<String, String> DATASOURCE_FALLBACK = Map.of("url", "spring.datasource.url", "user",
			"spring.datasource.username", "password", "spring.datasource.password");

	/** Relaxed binding as Boot does it: {@code versionTable} and {@code version_table} mean {@code version-table}. */
	static String canonicalKey(String key) {
		StringBuilder out = new StringBuilder();
		for (char c : key.trim().toCharArray()) {
			if (Character.isUpperCase(c)) {
				out.append('-').append(Character.toLowerCase(c));
			}
			else {
				out.append(c == '_' ? '-' : c);
			}
		}
		return out.toString();
	}

	@SuppressWarnings("unchecked")
	private static void loadYaml(InputStream in, Map<String, String> target) {
		Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
		for (Object document : yaml.loadAll(in)) {
			if (document instanceof Map<?, ?> map) {
				flatten("", (Map<Object, Object>) map, target);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void flatten(String prefix, Map<Object, Object> map, Map<String, String> target) {
		map.forEach((key, value) -> {
			String path = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
			if (value instanceof Map<?, ?> nested) {
				flatten(path, (Map<Object, Object>) nested, target);
			}
			else if (value instanceof List<?> list) {
				target.put(path, String.join(",", list.stream().map(String::valueOf).toList()));
			}
			else if (value != null) {
				target.putIfAbsent(path, String.valueOf(value));
			}
		});
	}

}
