package dev.retort.core.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.retort.core.autogenerate.Autogenerate;
import dev.retort.core.autogenerate.AutogenerateOptions;
import dev.retort.core.autogenerate.DatabaseTarget;
import dev.retort.core.autogenerate.ModelSource;
import dev.retort.core.autogenerate.SchemaDiff;
import dev.retort.core.autogenerate.SchemaModel;
import dev.retort.core.graph.Plan;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.graph.Step;
import dev.retort.core.internal.autogenerate.Inspector;
import dev.retort.core.internal.db.Dialect;
import dev.retort.core.internal.db.GraphCatalog;
import dev.retort.core.internal.db.MigrationContext;
import dev.retort.core.internal.db.MigrationContext.Command;
import dev.retort.core.internal.db.OfflineScript;
import dev.retort.core.internal.db.Settings;
import dev.retort.core.lint.Finding;
import dev.retort.core.lint.Linter;
import dev.retort.core.script.LocationScriptSource;
import dev.retort.core.script.Script;
import dev.retort.core.script.ScriptSource;

/**
 * The Retort engine: Alembic's commands against one database and one set of revision locations.
 * Build it with {@link #configure()}; once built it is immutable and safe to share between threads.
 * It never prints: results come back as records and progress goes to a {@link MigrationListener}.
 *
 * <pre>{@code
 * Retort retort = Retort.configure()
 *     .dataSource(dataSource)
 *     .locations("classpath:db/revisions")
 *     .load();
 * MigrationResult result = retort.upgrade("heads");
 * }</pre>
 *
 * <p>Revisions are read once, on first use. Read commands ({@link #current()}, {@link #status()},
 * {@link #history()}, {@link #validate()}) take no lock and create no table; write commands
 * ({@link #upgrade}, {@link #downgrade}, {@link #stamp}) take the migration lock, create the
 * version and history tables on first use and re-read the version table under the lock.
 *
 * @since 0.1.0
 */
public final class Retort {

	private static final String VERSION = Optional.ofNullable(Retort.class.getPackage().getImplementationVersion())
		.orElse("0.1.0-SNAPSHOT");

	private final RetortConfiguration configuration;

	private final @Nullable DataSource dataSource;

	private final ScriptSource scriptSource;

	private final MigrationListener listener;

	private final Settings settings;

	private final Object lock = new Object();

	private volatile @Nullable Loaded loaded;

	/** The engine whose revisions this one shares (a tenant's engine), or {@code null}. */
	private final @Nullable Retort shared;

	Retort(RetortConfiguration configuration, @Nullable DataSource dataSource, ScriptSource scriptSource,
			MigrationListener listener, Optional<String> appliedBy) {
		this(configuration, dataSource, scriptSource, listener, appliedBy, null);
	}

	private Retort(RetortConfiguration configuration, @Nullable DataSource dataSource, ScriptSource scriptSource,
			MigrationListener listener, Optional<String> appliedBy, @Nullable Retort shared) {
		this.shared = shared;
		this.configuration = configuration;
		this.dataSource = dataSource;
		this.scriptSource = scriptSource;
		this.listener = listener;
		Map<String, String> placeholders = new LinkedHashMap<>(configuration.placeholders());
		configuration.xArguments().forEach((key, value) -> placeholders.put("x." + key, value));
		this.settings = new Settings(configuration.schema(), configuration.versionTable(),
				configuration.historyTable(), configuration.lockTimeout(), appliedBy, VERSION,
				configuration.transactionPerMigration(), placeholders, configuration.ddlLockTimeout());
	}

	/**
	 * Start configuring an engine.
	 * @return a new builder with the defaults of {@link RetortConfiguration}
	 */
	public static RetortBuilder configure() {
		return new RetortBuilder();
	}

	/**
	 * The settings this engine was built with.
	 * @return the configuration
	 */
	public RetortConfiguration configuration() {
		return this.configuration;
	}

	/**
	 * The revision graph of the configured locations, loaded once per engine.
	 * @return the graph
	 */
	public RevisionGraph graph() {
		return loaded().graph();
	}

	/**
	 * The script of one revision.
	 * @param id the exact revision id
	 * @return the script, or empty when no revision has that id
	 */
	public Optional<Script> script(String id) {
		return loaded().catalog().script(id);
	}

	/**
	 * The version table's rows; reads only, takes no lock and creates nothing.
	 * @return the current heads, empty at base
	 */
	public List<String> current() {
		return context().current();
	}

	/**
	 * Current heads, graph heads, pending revisions and any half-applied revision: one query on
	 * the version table and one on the history table, whatever the number of revisions.
	 * @return the status
	 */
	public Status status() {
		MigrationContext context = context();
		// the revisions are read while the database answers (at a command's start: opens its first connection)
		loadInBackground();
		MigrationContext.Snapshot snapshot = context.snapshot();
		RevisionGraph graph = graph();
		List<String> unknown = unknown(snapshot.current());
		List<String> known = unknown.isEmpty() ? snapshot.current() : knownHeads(snapshot.current());
		List<RevisionHeader> pending;
		try {
			pending = graph.upgrade(known, "heads")
				.steps()
				.stream()
				.filter((step) -> step.operation() == Step.Operation.UPGRADE)
				.map(Step::revision)
				.toList();
		}
		catch (RetortException ex) {
			if (unknown.isEmpty()) {
				throw ex;
			}
			pending = List.of(); // where the unknown revisions stand cannot be told
		}
		return new Status(snapshot.current(), graph.heads(), pending, snapshot.partial(), unknown);
	}

	/**
	 * The known revisions a version table with unknown rows stands for
	 * ({@link UnknownRevisions#knownAncestors}), without those that are ancestors of another. Only
	 * read when a row is unknown.
	 */
	private List<String> knownHeads(List<String> current) {
		RevisionGraph graph = graph();
		List<String> known = UnknownRevisions.knownAncestors(current, (id) -> graph.find(id).isPresent(), history());
		GraphCatalog catalog = loaded().catalog();
		return known.stream()
			.filter((id) -> known.stream().noneMatch((other) -> !other.equals(id)
					&& catalog.applied(List.of(other)).contains(id)))
			.toList();
	}

	/**
	 * Upgrade to a target ({@code heads}, {@code head}, an id, {@code +N}, {@code label@head}, ...).
	 * Refuses to run while a revision is half-applied or (with checksum validation on) an applied
	 * revision's file changed.
	 * @param target the target
	 * @return what ran
	 */
	public MigrationResult upgrade(String target) {
		return upgrade(target, null);
	}

	/**
	 * Upgrade to a target and record a tag with each step in the history table (Alembic's
	 * {@code upgrade --tag}).
	 * @param target the target
	 * @param tag a free text of up to 255 characters, or {@code null} for none
	 * @return what ran
	 */
	public MigrationResult upgrade(String target, @Nullable String tag) {
		Objects.requireNonNull(target, "'target' must not be null");
		String checkedTag = checkTag(tag);
		MigrationContext context = context();
		loadInBackground();
		Optional<MigrationResult> nothingToDo = context.upToDate((current) -> graph().upgrade(current, target),
				() -> loaded().catalog(), this.configuration.validateChecksums());
		return nothingToDo.orElseGet(
				() -> migrate(Command.UPGRADE, (current) -> graph().upgrade(current, target), checkedTag));
	}

	/**
	 * Upgrade to a target, first handing the lint findings of the revisions about to run to
	 * {@code beforeRunning} (what {@code migrate.lint.on-startup} does). The findings are those of
	 * {@link #lintPending(String)}, taken from the version-table read that decides whether anything
	 * is pending, so the lint adds no round trip; with nothing pending there is no lint and
	 * {@code beforeRunning} is not called. Nothing runs when {@code beforeRunning} throws.
	 * @param target the target
	 * @param beforeRunning receives the findings (possibly none) before the first revision runs
	 * @return what ran
	 * @since 0.1.0
	 */
	public MigrationResult upgradeLinted(String target, Consumer<List<Finding>> beforeRunning) {
		Objects.requireNonNull(target, "'target' must not be null");
		Objects.requireNonNull(beforeRunning, "'beforeRunning' must not be null");
		MigrationContext context = context();
		loadInBackground();
		List<List<String>> read = new ArrayList<>(1);
		Optional<MigrationResult> nothingToDo = context.upToDate((current) -> {
			read.add(current);
			return graph().upgrade(current, target);
		}, () -> loaded().catalog(), this.configuration.validateChecksums());
		if (nothingToDo.isPresent()) {
			return nothingToDo.get();
		}
		// a half-applied revision decides before any plan: the lint then reads the version table itself
		beforeRunning.accept(read.isEmpty() ? lintPending(target) : lintPending(target, read.get(0)));
		return migrate(Command.UPGRADE, (current) -> graph().upgrade(current, target), checkTag(null));
	}

	/**
	 * Downgrade to a target ({@code base}, an id, {@code -N}, {@code label@base}, ...). Fails
	 * before running anything when an irreversible revision is in the way.
	 * @param target the target
	 * @return what ran
	 */
	public MigrationResult downgrade(String target) {
		return downgrade(target, null);
	}

	/**
	 * Downgrade to a target and record a tag with each step in the history table.
	 * @param target the target
	 * @param tag a free text of up to 255 characters, or {@code null} for none
	 * @return what ran
	 */
	public MigrationResult downgrade(String target, @Nullable String tag) {
		Objects.requireNonNull(target, "'target' must not be null");
		String checkedTag = checkTag(tag);
		return migrate(Command.DOWNGRADE, (current) -> graph().downgrade(current, target), checkedTag);
	}

	/**
	 * Set the version table to the targets without running any revision. A stamp also records the
	 * current checksum of applied revisions whose files changed, and resolves a half-applied
	 * revision.
	 * @param targets the targets
	 * @param purge whether to empty the version table first
	 * @return the stamp steps
	 */
	public MigrationResult stamp(List<String> targets, boolean purge) {
		return stamp(targets, purge, null);
	}

	/**
	 * Stamp and record a tag with the history rows the stamp writes.
	 * @param targets the targets
	 * @param purge whether to empty the version table first
	 * @param tag a free text of up to 255 characters, or {@code null} for none
	 * @return the stamp steps
	 */
	public MigrationResult stamp(List<String> targets, boolean purge, @Nullable String tag) {
		List<String> copy = List.copyOf(targets);
		String checkedTag = checkTag(tag);
		return migrate(Command.STAMP, (current) -> graph().stamp(current, copy, purge), checkedTag);
	}

	private MigrationResult migrate(Command command, java.util.function.Function<List<String>, Plan> planner,
			String tag) {
		Loaded loaded = loaded();
		return context().migrate(command, planner, loaded.catalog(), this.listener,
				this.configuration.validateChecksums(), tag);
	}

	private static String checkTag(@Nullable String tag) {
		if (tag == null) {
			return "";
		}
		if (tag.isBlank() || tag.length() > 255) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, "Invalid tag '" + tag + "' (--tag): it must be 1 to"
					+ " 255 characters, not blank; the history table's tag column holds 255");
		}
		return tag;
	}

	/**
	 * The history table, oldest first; empty when it does not exist.
	 * @return the rows
	 */
	public List<HistoryEntry> history() {
		return context().history();
	}

	/**
	 * Compare the checksums recorded for applied revisions with the files now. Also splits the
	 * statements of every SQL file, which other commands leave until a revision runs, so a
	 * malformed file anywhere is reported.
	 * @return the mismatches
	 * @throws RetortException with {@code INVALID_REVISION_FILE} naming the first malformed file
	 */
	public ValidationResult validate() {
		Loaded loaded = loaded();
		loaded.catalog().requireParsed();
		return context().validate(loaded.catalog());
	}

	/**
	 * Compare the checksums recorded for applied revisions with the files now, as
	 * {@link #validate()} does but without splitting statements: the cheap check for an
	 * application start that runs nothing. An applied revision whose file is gone (also a version
	 * table row this build does not know, see {@link Status#unknown()}) is a mismatch without a
	 * resolved checksum.
	 * @return the mismatches
	 */
	public ValidationResult checksums() {
		return context().validate(loaded().catalog());
	}

	/**
	 * Render an upgrade as an SQL script without touching a database, version-table statements
	 * included.
	 * @param range {@code FROM:TO}, or {@code TO} to start from base
	 * @return the script
	 */
	public String upgradeSql(String range) {
		return upgradeSql(range, null);
	}

	/**
	 * Render an upgrade as an SQL script whose history rows carry a tag.
	 * @param range {@code FROM:TO}, or {@code TO} to start from base
	 * @param tag the tag, or {@code null} for none
	 * @return the script
	 */
	public String upgradeSql(String range, @Nullable String tag) {
		int colon = range.indexOf(':');
		List<String> from = (colon < 0) ? List.of() : graph().offlineStart(range.substring(0, colon));
		String to = range.substring(colon + 1);
		Plan plan = graph().upgrade(from, to);
		return OfflineScript.render(offlineDialect("offline SQL"), this.settings, plan, loaded().catalog(), range, checkTag(tag));
	}

	/**
	 * Render a downgrade as an SQL script without touching a database.
	 * @param range {@code FROM:TO}; Alembic requires the starting point for an offline downgrade
	 * @return the script
	 */
	public String downgradeSql(String range) {
		return downgradeSql(range, null);
	}

	/**
	 * Render a downgrade as an SQL script whose history rows carry a tag. As in Alembic, the
	 * starting point names one revision: {@code heads:base} with several heads is refused.
	 * @param range {@code FROM:TO}
	 * @param tag the tag, or {@code null} for none
	 * @return the script
	 */
	public String downgradeSql(String range, @Nullable String tag) {
		int colon = range.indexOf(':');
		if (colon < 0) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, "downgrade with --sql requires <fromrev>:<torev>");
		}
		Plan plan = graph().downgrade(graph().offlineStart(range.substring(0, colon)), range.substring(colon + 1));
		return OfflineScript.render(offlineDialect("offline SQL"), this.settings, plan, loaded().catalog(), range, checkTag(tag));
	}

	/**
	 * Render a stamp as an SQL script (Alembic's {@code stamp --sql}): the version-table statements
	 * and history rows, no revision runs. Each target may be {@code FROM:TO}; every target must
	 * start from the same revision, {@code base} when none is given.
	 * @param targets the targets
	 * @param purge must be {@code false}: as in Alembic, {@code --purge} needs the live table
	 * @param tag the tag, or {@code null} for none
	 * @return the script
	 */
	public String stampSql(List<String> targets, boolean purge, @Nullable String tag) {
		if (purge) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, "Can't use --purge with --sql mode");
		}
		String start = null;
		List<String> destinations = new java.util.ArrayList<>();
		for (String target : targets) {
			int colon = target.indexOf(':');
			if (colon >= 0) {
				String from = target.substring(0, colon);
				if (start != null && !start.equals(from)) {
					throw new RetortException(ErrorCode.INVALID_ARGUMENT,
							"Stamp operation with --sql only supports a single starting revision at a time");
				}
				start = from;
			}
			destinations.add(target.substring(colon + 1));
		}
		List<String> from = (start == null) ? List.of() : graph().offlineStart(start);
		Plan plan = graph().stamp(from, destinations, false);
		return OfflineScript.render(offlineDialect("offline SQL"), this.settings, plan, loaded().catalog(),
				String.join(" ", targets), checkTag(tag));
	}

	/**
	 * Lint the upgrade statements of a range of revisions for changes that lock, rewrite or destroy
	 * on a production database (see {@link Linter}). Revisions before the range are read for what
	 * they create. The rules are those of the configured dialect, or of the database configured.
	 * @param range {@code FROM:TO}, or {@code TO} to start from base, for example {@code heads};
	 * an empty {@code FROM} is base, an empty {@code TO} is {@code heads}
	 * @return the findings, suppressed ones included
	 */
	public List<Finding> lint(String range) {
		Objects.requireNonNull(range, "'range' must not be null");
		int colon = range.indexOf(':');
		List<String> from = (colon < 0) ? List.of() : heads(range.substring(0, colon).strip());
		String end = range.substring(colon + 1).strip();
		String to = end.isEmpty() ? "heads" : end;
		return lint(offlineDialect("lint"), graph().upgrade(List.of(), to), graph().upgrade(from, to));
	}

	/**
	 * Lint the revisions an upgrade to a target would run, as {@code retort lint --url} and the
	 * Spring Boot start-up check do. Reads the version table; takes no lock. A database at a revision this build does not
	 * know has nothing pending.
	 * @param target the upgrade target, for example {@code heads}
	 * @return the findings of the pending revisions, suppressed ones included
	 */
	public List<Finding> lintPending(String target) {
		Objects.requireNonNull(target, "'target' must not be null");
		MigrationContext context = context();
		// as upgrade() does: the revisions are read while the database answers (at application start
		// the start-up lint is the first to connect, and opens the pool's first connection)
		loadInBackground();
		return lintPending(target, context.current());
	}

	/**
	 * {@link #lintPending(String)} for the heads a caller has just read from the version table (as
	 * {@link #upgradeLinted} does), without reading them again.
	 * @param target the upgrade target
	 * @param current the heads in the version table
	 * @return the findings of the pending revisions, suppressed ones included
	 */
	public List<Finding> lintPending(String target, List<String> current) {
		Objects.requireNonNull(target, "'target' must not be null");
		if (!unknown(current).isEmpty()) {
			// the database is ahead of this build (Status#unknown): an upgrade runs nothing, so nothing is pending
			return List.of();
		}
		Dialect dialect = offlineDialect("lint");
		GraphCatalog catalog = loaded().catalog();
		List<Script> pending = upgrades(catalog, graph().upgrade(current, target));
		// the applied revisions are planned and read only if a rule needs a column type they declare
		return Linter.forDialect(dialect.displayName()).lintPending(pending, new Applied(catalog, target, pending));
	}

	/** The version-table rows no revision of this build defines ({@link Status#unknown()}). */
	private List<String> unknown(List<String> current) {
		RevisionGraph graph = graph();
		List<String> unknown = new java.util.ArrayList<>();
		for (String id : current) {
			if (graph.find(id).isEmpty()) {
				unknown.add(id);
			}
		}
		return unknown;
	}

	private List<Finding> lint(Dialect dialect, Plan all, Plan reported) {
		GraphCatalog catalog = loaded().catalog();
		Set<String> ids = new java.util.HashSet<>();
		for (Script script : upgrades(catalog, reported)) {
			ids.add(script.id());
		}
		return Linter.forDialect(dialect.displayName()).lint(upgrades(catalog, all), ids);
	}

	/** The scripts a plan upgrades, in the order it runs them. */
	private static List<Script> upgrades(GraphCatalog catalog, Plan plan) {
		// loops, not streams: the Spring Boot start-up lint runs this once per JVM, where each lambda costs its bootstrap
		List<Script> scripts = new java.util.ArrayList<>();
		for (Step step : plan.steps()) {
			if (step.operation() == Step.Operation.UPGRADE) {
				scripts.add(catalog.script(step.revision().id()).orElseThrow());
			}
		}
		return scripts;
	}

	/** The revisions before the pending ones: an upgrade from base to the target, without them. */
	private final class Applied implements java.util.function.Supplier<List<Script>> {

		private final GraphCatalog catalog;

		private final String target;

		private final List<Script> pending;

		Applied(GraphCatalog catalog, String target, List<Script> pending) {
			this.catalog = catalog;
			this.target = target;
			this.pending = pending;
		}

		@Override
		public List<Script> get() {
			Set<String> pendingIds = new java.util.HashSet<>();
			for (Script script : this.pending) {
				pendingIds.add(script.id());
			}
			List<Script> applied = new java.util.ArrayList<>();
			for (Script script : upgrades(this.catalog, graph().upgrade(List.of(), this.target))) {
				if (!pendingIds.contains(script.id())) {
					applied.add(script);
				}
			}
			return applied;
		}

	}

	/**
	 * Compare the live schema with a model, as {@code revision --autogenerate} and {@code check} do:
	 * the configured schema is read through JDBC metadata, Retort's own tables left out. Reads only.
	 * The model is built on a thread of its own (with the caller's context class loader) while the
	 * database is read; its exceptions are thrown here.
	 *
	 * <pre>{@code
	 * SchemaDiff diff = retort.compare(new HibernateModelSource(entityClasses), AutogenerateOptions.defaults());
	 * if (!diff.isEmpty()) {
	 *     diff.differences().forEach(System.out::println);
	 * }
	 * }</pre>
	 * @param model builds the wanted schema for the connected database
	 * @param options filters and what to compare
	 * @return the differences
	 */
	public SchemaDiff compare(ModelSource model, AutogenerateOptions options) {
		Objects.requireNonNull(model, "'model' must not be null");
		Objects.requireNonNull(options, "'options' must not be null");
		try (Connection connection = configuredDataSource().getConnection()) {
			Dialect dialect = Dialect.of(connection);
			DatabaseTarget target = target(connection, dialect);
			// the model (a Hibernate mapping of hundreds of entities) is built on a thread of its own while
			// this one reads the database: the two take about as long, and neither needs the other
			FutureTask<SchemaModel> wanted = new FutureTask<>(() -> model.load(target));
			Thread builder = new Thread(wanted, "retort-model");
			builder.setDaemon(true);
			builder.start();
			SchemaModel database = new Inspector(connection, dialect, this.configuration.schema(),
					java.util.Set.of(this.configuration.versionTable(), this.configuration.historyTable(),
							this.configuration.versionTable() + "_lock"))
				.inspect();
			return Autogenerate.compare(dialect.displayName(), database, built(wanted), options);
		}
		catch (SQLException ex) {
			throw new RetortException(ErrorCode.DATABASE_ERROR,
					"Could not read the database schema for autogenerate: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The database {@link #compare} builds a model for: its dialect, product name and version, read
	 * from a connection of its own. Lets a caller start building the model before it compares.
	 * @return the connected database
	 */
	public DatabaseTarget databaseTarget() {
		try (Connection connection = configuredDataSource().getConnection()) {
			return target(connection, Dialect.of(connection));
		}
		catch (SQLException ex) {
			throw new RetortException(ErrorCode.DATABASE_ERROR, "Could not connect to read the database's product and"
					+ " version for autogenerate: " + ex.getMessage(), ex);
		}
	}

	private static DatabaseTarget target(Connection connection, Dialect dialect) throws SQLException {
		java.sql.DatabaseMetaData metaData = connection.getMetaData();
		return new DatabaseTarget(dialect.displayName(), metaData.getDatabaseProductName(),
				metaData.getDatabaseMajorVersion(), metaData.getDatabaseMinorVersion());
	}

	/** The model built by {@link #compare}'s thread; its failure is the caller's, as if it had built it. */
	private static SchemaModel built(FutureTask<SchemaModel> wanted) {
		try {
			return wanted.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("Could not build the model for autogenerate", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the model for autogenerate was built", ex);
		}
	}

	private List<String> heads(String from) {
		if (from.isEmpty() || from.equals("base")) {
			return List.of();
		}
		return graph().resolve(from, List.of()).stream().map(RevisionHeader::id).toList();
	}

	private Dialect offlineDialect(String purpose) {
		if (this.configuration.dialect().isPresent()) {
			return Dialect.named(this.configuration.dialect().get());
		}
		if (this.dataSource == null) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
					Character.toUpperCase(purpose.charAt(0)) + purpose.substring(1) + " needs a dialect: set migrate.dialect (CLI: --dialect) to h2, postgresql or mariadb,"
							+ " or configure a database to detect it from");
		}
		try (Connection connection = this.dataSource.getConnection()) {
			return Dialect.of(connection);
		}
		catch (SQLException ex) {
			throw new RetortException(ErrorCode.DATABASE_ERROR, "Could not connect to detect the dialect for "
					+ purpose + ": " + ex.getMessage() + ". Set migrate.dialect (CLI: --dialect) to skip detection.", ex);
		}
	}

	private MigrationContext context() {
		return new MigrationContext(configuredDataSource(), this.settings);
	}

	/** The database, or the failure that says how to configure one. */
	private DataSource configuredDataSource() {
		DataSource dataSource = this.dataSource;
		if (dataSource == null) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
					"No database configured: set migrate.url (CLI: --url) or give the builder a DataSource");
		}
		return dataSource;
	}

	/**
	 * Start reading the revision files on a thread of their own, so that they are read while the
	 * database check runs (at application start that includes opening the pool's first
	 * connection). Whoever needs them next waits for that load; if it fails, that caller loads
	 * again and gets the error itself.
	 */
	private void loadInBackground() {
		if (this.shared != null) {
			this.shared.loadInBackground();
			return;
		}
		if (this.loaded != null) {
			return;
		}
		Thread loader = new Thread(() -> {
			try {
				loaded();
			}
			catch (RuntimeException ex) {
				// reported by the caller's own load
			}
		}, "retort-load");
		loader.setDaemon(true);
		loader.start();
	}

	/**
	 * An engine for one tenant that shares this engine's revisions, read once for all tenants.
	 * @param dataSource the tenant's database
	 * @param schema the schema of the tenant's tables, or empty to keep this engine's
	 * @param listener hears the tenant's progress
	 */
	Retort tenant(DataSource dataSource, Optional<String> schema, MigrationListener listener) {
		RetortConfiguration c = this.configuration;
		RetortConfiguration tenant = new RetortConfiguration(c.locations(), c.versionTable(), c.historyTable(),
				schema.or(c::schema), c.validateChecksums(), c.lockTimeout(), c.dialect(), c.transactionPerMigration(),
				c.placeholders(), c.xArguments(), c.ddlLockTimeout());
		return new Retort(tenant, dataSource, this.scriptSource, listener, this.settings.appliedBy(),
				(this.shared != null) ? this.shared : this);
	}

	@Nullable DataSource dataSource() {
		return this.dataSource;
	}

	MigrationListener listener() {
		return this.listener;
	}

	private Loaded loaded() {
		if (this.shared != null) {
			return this.shared.loaded();
		}
		Loaded result = this.loaded;
		if (result == null) {
			synchronized (this.lock) {
				result = this.loaded;
				if (result == null) {
					result = load(this.scriptSource);
					this.loaded = result;
				}
			}
		}
		return result;
	}

	private static Loaded load(ScriptSource source) {
		Map<String, Script> scripts = new LinkedHashMap<>();
		for (Script script : source.load()) {
			Script previous = scripts.putIfAbsent(script.id(), script);
			if (previous != null) {
				throw new RetortException(ErrorCode.DUPLICATE_REVISION, "Revision " + script.id() + " is present more"
						+ " than once: " + previous.revision().source() + " and " + script.revision().source()
						+ "; give one of them another id");
			}
		}
		RevisionGraph graph = RevisionGraph.of(scripts.values().stream().map(Script::revision).toList());
		return new Loaded(graph, new GraphCatalog(graph, scripts));
	}

	/**
	 * The default source for {@code classpath:} and {@code filesystem:} locations.
	 */
	static ScriptSource locationSource(List<String> locations, ClassLoader classLoader) {
		return locationSource(locations, classLoader, null);
	}

	static ScriptSource locationSource(List<String> locations, ClassLoader classLoader,
			@Nullable MigrationFactory factory) {
		// scanning waits for the first command, so building an engine never touches the file system
		return () -> LocationScriptSource.of(locations, classLoader, factory).load();
	}

	private record Loaded(RevisionGraph graph, GraphCatalog catalog) {
	}

}
