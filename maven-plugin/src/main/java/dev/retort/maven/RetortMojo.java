package dev.retort.maven;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.jspecify.annotations.Nullable;

import dev.retort.cli.CliIo;
import dev.retort.cli.RetortCli;
import dev.retort.core.api.PasswordMask;

/**
 * What every goal shares: the CLI's global options as parameters, and running the CLI's command
 * in the project's folder (so {@code migrate.*} keys of its
 * {@code src/main/resources/application.{properties,yml}} apply as they do for {@code retort}),
 * with its output in Maven's log and a failure as a failed build.
 */
abstract class RetortMojo extends AbstractMojo {

	/** At most this many lines of a failing command's output are repeated in the build failure. */
	private static final int FAILURE_LINES = 50;

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	@Parameter(defaultValue = "${session}", readonly = true, required = true)
	MavenSession session;

	@Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
	MojoExecution mojoExecution;

	/** JDBC URL of the database; else {@code MIGRATE_URL}, else {@code migrate.url} of the project. */
	@Parameter(property = "retort.url")
	@Nullable String url;

	/** Database user; else {@code MIGRATE_USER}, else {@code migrate.user}. */
	@Parameter(property = "retort.user")
	@Nullable String user;

	/**
	 * Database password; else {@code MIGRATE_PASSWORD}, else {@code migrate.password}. Kept as the
	 * unevaluated configuration and evaluated by the goal itself, so that Maven's debug output
	 * ({@code -X}), which prints every parameter's value, shows {@code ${retort.password}} rather
	 * than the password.
	 */
	@Parameter(property = "retort.password")
	@Nullable PlexusConfiguration password;

	/**
	 * The id of a {@code <server>} in Maven's {@code settings.xml} (its password may be encrypted
	 * with {@code mvn --encrypt-password}) whose username and password are used where
	 * {@code user} and {@code password} are not given. The one way to pass a password that Maven's
	 * own {@code -X} output, which lists every {@code -D} property and environment variable, never
	 * shows.
	 */
	@Parameter(property = "retort.serverId")
	@Nullable String serverId;

	@Parameter(defaultValue = "${settings}", readonly = true, required = true)
	Settings settings;

	@Component
	SettingsDecrypter decrypter;

	/** Comma-separated revision locations (default {@code classpath:db/revisions}). */
	@Parameter(property = "retort.locations")
	@Nullable String locations;

	/** Version table name (default {@code retort_version}). */
	@Parameter(property = "retort.versionTable")
	@Nullable String versionTable;

	/** History table name (default {@code retort_history}). */
	@Parameter(property = "retort.historyTable")
	@Nullable String historyTable;

	/** Schema of the version and history tables. */
	@Parameter(property = "retort.schema")
	@Nullable String schema;

	/** {@code h2}, {@code postgresql} or {@code mariadb}, for offline SQL without a URL. */
	@Parameter(property = "retort.dialect")
	@Nullable String dialect;

	/** How long to wait for another migration's lock, e.g. {@code 30s}. */
	@Parameter(property = "retort.lockTimeout")
	@Nullable String lockTimeout;

	/** How long a revision's statement may wait for a table lock before the revision is retried. */
	@Parameter(property = "retort.ddlLockTimeout")
	@Nullable String ddlLockTimeout;

	/** A properties or YAML file with {@code migrate.*} keys, relative to the project folder. */
	@Parameter(property = "retort.configFile")
	@Nullable String configFile;

	/** Which database of a multi-database configuration ({@code migrate.databases.NAME.*}). */
	@Parameter(property = "retort.name")
	@Nullable String name;

	/** {@code key=value} arguments for revisions ({@code -x}); on the command line comma-separated. */
	@Parameter(property = "retort.x")
	List<String> xArguments = new ArrayList<>();

	/** {@code false} runs a whole upgrade or downgrade as one transaction on PostgreSQL. */
	@Parameter(property = "retort.transactionPerMigration")
	@Nullable String transactionPerMigration;

	/** Comma-separated tenant schemas to run the goal in, one after the other. */
	@Parameter(property = "retort.tenantSchemas")
	@Nullable String tenantSchemas;

	/** A query whose first column lists the tenant schemas. */
	@Parameter(property = "retort.tenantSchemaQuery")
	@Nullable String tenantSchemaQuery;

	/** How many tenants to migrate at once. */
	@Parameter(property = "retort.tenantParallelism")
	@Nullable Integer tenantParallelism;

	/** {@code continue} or {@code stop} after a tenant fails. */
	@Parameter(property = "retort.onTenantFailure")
	@Nullable String onTenantFailure;

	/** Skip the goal. */
	@Parameter(property = "retort.skip", defaultValue = "false")
	boolean skip;

	/**
	 * The command and its options, after the global options.
	 * @return the arguments, for example {@code upgrade heads}
	 * @throws MojoExecutionException when the goal's parameters are incomplete
	 */
	abstract List<String> command() throws MojoExecutionException;

	/**
	 * Whether a failure repeats the command's output (the differences of {@code check}, the
	 * findings of {@code lint}), so the build failure itself lists them.
	 * @return {@code true} to repeat the output
	 */
	boolean failureListsOutput() {
		return false;
	}

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (this.skip) {
			getLog().info("Skipping retort:" + this.mojoExecution.getGoal() + " (retort.skip)");
			return;
		}
		Server server = server();
		String secret = evaluatedPassword();
		if (secret == null && server != null) {
			secret = server.getPassword();
		}
		String login = (this.user == null || this.user.isBlank()) && server != null ? server.getUsername() : this.user;
		List<String> arguments = globalArguments(login, secret);
		arguments.addAll(command());
		PasswordMask mask = PasswordMask.of(Arrays.asList(this.url), secret);
		List<String> output = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		int status;
		try (PrintStream out = LogLines.to((line) -> {
			String masked = mask.mask(line);
			output.add(masked);
			getLog().info(masked);
		}); PrintStream err = LogLines.to((line) -> progress(mask.mask(line), failures))) {
			CliIo io = new CliIo(out, err, System.getenv(), this.project.getBasedir().toPath());
			status = RetortCli.execute(arguments.toArray(String[]::new), io);
		}
		if (status != 0) {
			throw new MojoFailureException(failureMessage(status, output, failures));
		}
	}

	/** Progress and notes go to the log; {@code FAILED:} lines become the build failure's message. */
	private void progress(String line, List<String> failures) {
		if (line.startsWith("FAILED: ")) {
			failures.add(line.substring("FAILED: ".length()));
		}
		else if (line.startsWith("WARNING") || line.startsWith("Warning")) {
			getLog().warn(line);
		}
		else if (!failures.isEmpty()) {
			// the masked stack trace that --debug (Maven's -X) adds after a failure
			getLog().debug(line);
		}
		else {
			getLog().info(line);
		}
	}

	private String failureMessage(int status, List<String> output, List<String> failures) {
		StringBuilder message = new StringBuilder();
		message.append(failures.isEmpty() ? "retort " + this.mojoExecution.getGoal() + " exited with status " + status
				: String.join("; ", failures));
		if (failureListsOutput() && !output.isEmpty()) {
			List<String> shown = output.subList(0, Math.min(output.size(), FAILURE_LINES));
			shown.forEach((line) -> message.append(System.lineSeparator()).append("  ").append(line));
			if (output.size() > shown.size()) {
				message.append(System.lineSeparator()).append("  ... ").append(output.size() - shown.size())
					.append(" more line(s) above");
			}
		}
		return message.toString();
	}

	private List<String> globalArguments(@Nullable String login, @Nullable String secret) {
		List<String> arguments = new ArrayList<>();
		option(arguments, "--url", this.url);
		option(arguments, "--user", login);
		if (secret != null) {
			// as given: a password may start or end with a space
			arguments.add("--password");
			arguments.add(secret);
		}
		option(arguments, "--locations", this.locations);
		option(arguments, "--version-table", this.versionTable);
		option(arguments, "--history-table", this.historyTable);
		option(arguments, "--schema", this.schema);
		option(arguments, "--dialect", this.dialect);
		option(arguments, "--lock-timeout", this.lockTimeout);
		option(arguments, "--ddl-lock-timeout", this.ddlLockTimeout);
		option(arguments, "--config", this.configFile);
		option(arguments, "--name", this.name);
		for (String argument : this.xArguments) {
			option(arguments, "-x", argument);
		}
		if (this.transactionPerMigration != null && !this.transactionPerMigration.isBlank()) {
			arguments.add("--transaction-per-migration=" + this.transactionPerMigration.strip());
		}
		option(arguments, "--tenant-schemas", this.tenantSchemas);
		option(arguments, "--tenant-schema-query", this.tenantSchemaQuery);
		option(arguments, "--tenant-parallelism",
				(this.tenantParallelism != null) ? this.tenantParallelism.toString() : null);
		option(arguments, "--on-tenant-failure", this.onTenantFailure);
		if (getLog().isDebugEnabled()) {
			arguments.add("--debug");
		}
		return arguments;
	}

	/** The {@code serverId} server of settings.xml, its password decrypted. */
	private @Nullable Server server() throws MojoExecutionException {
		if (this.serverId == null || this.serverId.isBlank()) {
			return null;
		}
		Server server = this.settings.getServer(this.serverId.strip());
		if (server == null) {
			throw new MojoExecutionException("No <server> with id '" + this.serverId.strip() + "' in Maven's settings.xml"
					+ " (serverId); add one with the database's <username> and <password>");
		}
		SettingsDecryptionResult result = this.decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
		if (!result.getProblems().isEmpty()) {
			throw new MojoExecutionException("Cannot decrypt the password of server '" + server.getId()
					+ "' in settings.xml: " + result.getProblems().get(0).getMessage());
		}
		return result.getServer();
	}

	/** The password's configuration evaluated here: {@code ${retort.password}}, {@code ${env.X}} or a value. */
	private @Nullable String evaluatedPassword() throws MojoExecutionException {
		if (this.password == null || this.password.getValue() == null) {
			return null;
		}
		try {
			Object value = new PluginParameterExpressionEvaluator(this.session, this.mojoExecution)
				.evaluate(this.password.getValue());
			String text = (value != null) ? value.toString() : null;
			return (text == null || text.isEmpty() || text.startsWith("${")) ? null : text;
		}
		catch (ExpressionEvaluationException ex) {
			// the message would quote the expression only, never its value
			throw new MojoExecutionException("Cannot evaluate the password parameter: " + ex.getMessage(), ex);
		}
	}

	/** Adds {@code name value} when the value is set. */
	static void option(List<String> arguments, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			arguments.add(name);
			arguments.add(value.strip());
		}
	}

	/** Adds the flag when it is on. */
	static void flag(List<String> arguments, String name, boolean on) {
		if (on) {
			arguments.add(name);
		}
	}

	/** A required parameter, or a build error naming the parameter and its property. */
	String required(@Nullable String value, String parameter, String property, String example)
			throws MojoExecutionException {
		if (value == null || value.isBlank()) {
			throw new MojoExecutionException("retort:" + this.mojoExecution.getGoal() + " needs <" + parameter
					+ "> in the plugin's configuration or -D" + property + ", e.g. -D" + property + "=" + example);
		}
		return value.strip();
	}

}
