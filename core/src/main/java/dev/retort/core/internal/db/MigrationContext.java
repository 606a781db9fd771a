package dev.retort.core.internal.db;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.ChecksumMismatch;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.HistoryEntry;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.PartialRevision;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.UnknownRevisions;
import dev.retort.core.api.ValidationResult;
import dev.retort.core.graph.Plan;
import dev.retort.core.graph.Step;
import dev.retort.core.graph.VersionUpdate;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;

/**
 * The engine's database side: reads the version and history tables, and runs plans under the
 * migration lock. Readers take no lock and create nothing. Immutable and thread-safe; every call
 * borrows one connection and returns it.
 *
 * @since 0.1.0
 */
public final class MigrationContext {

	private final DataSource dataSource;

	private final Settings settings;

	/**
	 * @param dataSource where connections come from
	 * @param settings table names, lock timeout and history details
	 */
	public MigrationContext(DataSource dataSource, Settings settings) {
		this.dataSource = dataSource;
		this.settings = settings;
	}

	/**
	 * What a write command does besides running its plan.
	 */
	public enum Command {

		/** Runs upgrades; refuses while a revision is half-applied or an applied file changed. */
		UPGRADE,
		/** Runs downgrades; refuses while a revision is half-applied or an irreversible one is in the way. */
		DOWNGRADE,
		/** Moves version rows only; resolves a half-applied revision and accepts changed checksums. */
		STAMP

	}

	/**
	 * The version and history tables' state in two queries at most (three on MariaDB, which is asked first
	 * whether the tables exist: its driver logs every server error, a missing table's too).
	 *
	 * @param current the version table's rows
	 * @param partial the unresolved half-applied revision, if any
	 */
	public record Snapshot(List<String> current, Optional<PartialRevision> partial) {

	}

	/**
	 * The version table's rows.
	 * @return the rows; empty when the table is empty or missing
	 */
	public List<String> current() {
		return read((connection, tables) -> new VersionTable(tables).read(connection).orElse(List.of()));
	}

	/**
	 * Current heads and any unresolved half-applied revision.
	 * @return the snapshot
	 */
	public Snapshot snapshot() {
		return read((connection, tables) -> {
			Optional<List<String>> current = new VersionTable(tables).read(connection);
			Optional<HistoryRow> latest = new HistoryTable(tables).latest(connection);
			return new Snapshot(current.orElse(List.of()),
					latest.filter((row) -> !row.success()).map(HistoryRow::partial));
		});
	}

	/**
	 * The history table, oldest first.
	 * @return the rows; empty when the table is missing
	 */
	public List<HistoryEntry> history() {
		return read((connection, tables) -> new HistoryTable(tables).readAll(connection)
			.stream()
			.map(HistoryRow::entry)
			.toList());
	}

	/**
	 * Compare the checksums recorded for applied revisions with the scripts now.
	 * @param catalog the scripts
	 * @return the mismatches
	 */
	public ValidationResult validate(Catalog catalog) {
		return read((connection, tables) -> {
			List<String> current = new VersionTable(tables).read(connection).orElse(List.of());
			return Checksums.validate(catalog, current, new HistoryTable(tables).recordedChecksums(connection));
		});
	}

	/**
	 * Decide without the lock, without DDL and in two queries at most (three on MariaDB) whether an upgrade has
	 * anything to do, the common case when an application starts. The scripts are asked for only
	 * after both queries, so they can be read while the database answers.
	 * @param planner makes the plan from the version table's rows
	 * @param catalog the scripts, for checksum validation
	 * @param validateChecksums whether an applied file that changed fails even a no-op upgrade
	 * @return an empty result when there is nothing to do; empty when the locked path must run
	 * (something is pending, or a half-applied revision must be reported)
	 */
	public Optional<MigrationResult> upToDate(Function<List<String>, Plan> planner, Supplier<Catalog> catalog,
			boolean validateChecksums) {
		return read((connection, tables) -> {
			List<String> current = new VersionTable(tables).read(connection).orElse(List.of());
			// both queries before the scripts are asked for: an embedded database answers on this
			// thread, and the scripts are meanwhile read on their own
			HistoryTable history = new HistoryTable(tables);
			List<HistoryTable.Outcome> rows = validateChecksums ? history.outcomes(connection) : List.of();
			boolean unresolved = validateChecksums ? !rows.isEmpty() && !rows.get(rows.size() - 1).success()
					: history.latest(connection).filter((row) -> !row.success()).isPresent();
			List<String> unknown = unknown(catalog.get(), current);
			if (!unknown.isEmpty()) {
				// the database is ahead of this build (a rolled-back release): nothing here can move it
				return Optional.of(new MigrationResult(List.of(), current, current, unknown));
			}
			if (validateChecksums) {
				// before planning: a deleted applied file would otherwise only say "Can't locate revision"
				Checksums.refuseMismatches(Checksums.validate(catalog.get(), current, HistoryTable.checksums(rows)),
						current);
			}
			if (unresolved || !planner.apply(current).isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new MigrationResult(List.of(), current, current));
		});
	}

	/**
	 * Run a write command: take the lock, create the tables if needed, re-read the heads under the
	 * lock, plan from them, check, and run each step.
	 * @param command the command
	 * @param planner makes the plan from the heads read under the lock
	 * @param catalog the scripts
	 * @param listener hears progress
	 * @param validateChecksums whether an upgrade refuses to run while an applied file changed
	 * @return what ran
	 */
	public MigrationResult migrate(Command command, Function<List<String>, Plan> planner, Catalog catalog,
			MigrationListener listener, boolean validateChecksums) {
		return migrate(command, planner, catalog, listener, validateChecksums, "");
	}

	/**
	 * Run a write command whose history rows carry a tag (Alembic's {@code --tag}).
	 * @param command the command
	 * @param planner makes the plan from the heads read under the lock
	 * @param catalog the scripts
	 * @param listener hears progress
	 * @param validateChecksums whether an upgrade refuses to run while an applied file changed
	 * @param tag the tag for the history rows; empty for none
	 * @return what ran
	 */
	public MigrationResult migrate(Command command, Function<List<String>, Plan> planner, Catalog catalog,
			MigrationListener listener, boolean validateChecksums, String tag) {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			try {
				connection.setAutoCommit(true);
				Dialect dialect = Dialect.of(connection);
				SessionState session = SessionState.capture(connection, dialect);
				Tables tables = this.settings.tables(dialect).in(session.schema());
				try (MigrationLock lock = lock(connection, tables, session)) {
					lock.acquire(this.settings.lockTimeout(), tables.versionDisplay(), listener);
					return migrateLocked(connection, tables, session, command, planner, catalog, listener,
							validateChecksums, tag);
				}
				finally {
					StepRunner.rollbackQuietly(connection);
					// a revision that failed part-way may have changed the session; a pool gets it back as lent
					session.restoreQuietly(connection);
				}
			}
			finally {
				StepRunner.rollbackQuietly(connection);
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw databaseError(ex);
		}
	}

	private MigrationResult migrateLocked(Connection connection, Tables tables, SessionState session, Command command,
			Function<List<String>, Plan> planner, Catalog catalog, MigrationListener listener,
			boolean validateChecksums, String tag) throws SQLException {
		VersionTable versionTable = new VersionTable(tables);
		HistoryTable historyTable = new HistoryTable(tables);
		versionTable.create(connection);
		historyTable.create(connection);
		List<String> before = versionTable.read(connection).orElse(List.of());
		Optional<HistoryRow> partial = historyTable.latest(connection).filter((row) -> !row.success());
		List<String> unknown = unknown(catalog, before);
		if (!unknown.isEmpty() && command == Command.UPGRADE) {
			return new MigrationResult(List.of(), before, before, unknown);
		}
		if (!unknown.isEmpty() && command == Command.DOWNGRADE) {
			throw UnknownRevisions.failure(unknown, "Downgrade with the release that has "
					+ ((unknown.size() == 1) ? "it" : "them") + ", or restore the file.");
		}
		if (command == Command.UPGRADE && validateChecksums) {
			// before planning: a deleted applied file would otherwise only say "Can't locate revision"
			Checksums.refuseMismatches(Checksums.validate(catalog, before, historyTable.recordedChecksums(connection)),
					before);
		}
		Plan plan = planner.apply(before);
		List<Script> scripts = scripts(plan, catalog);
		if (command != Command.STAMP) {
			// statements are split on first use: a malformed file must stop the run before its first step
			scripts.forEach(Script::requireParsed);
			// every placeholder of the run has a value before its first statement runs
			for (int i = 0; i < scripts.size(); i++) {
				if (StepRunner.body(plan.steps().get(i), scripts.get(i)) instanceof SqlBody sql) {
					sql.statements(this.settings.placeholders());
				}
			}
			partial.ifPresent((row) -> Checksums.refuseUnlessEdited(row, catalog, command));
		}
		if (command == Command.DOWNGRADE) {
			scripts.stream().filter((script) -> script.downgrade().isEmpty()).findFirst().ifPresent((script) -> {
				throw Failures.irreversible(script);
			});
		}
		String appliedBy = appliedBy(connection);
		List<String> heads = new ArrayList<>(before);
		if (command == Command.STAMP && plan.headsBefore().isEmpty() && !before.isEmpty()) {
			// stamp --purge: the plan starts from an empty table, so empty it first
			versionTable.clear(connection);
			heads.clear();
		}
		List<AppliedStep> applied = new ArrayList<>();
		RunTransaction run = RunTransaction.of(this.settings, tables.dialect(), command, plan, listener);
		DdlLockTimeout ddlLock = new DdlLockTimeout(tables.dialect(), this.settings.ddlLockTimeout(), this.dataSource);
		ddlLock.apply(connection);
		ClientSqlMode sqlMode = (command == Command.STAMP || plan.steps().isEmpty()) ? ClientSqlMode.UNCHANGED
				: ClientSqlMode.apply(connection, tables.dialect());
		try (PreparedStatements statements = new PreparedStatements(connection)) {
			StepRunner runner = new StepRunner(tables, statements, appliedBy, this.settings.retortVersion(), listener)
				.tag(tag)
				.commitEachStep(!run.active())
				.placeholders(this.settings.placeholders());
			for (int i = 0; i < plan.steps().size(); i++) {
				Step step = plan.steps().get(i);
				Script script = scripts.get(i);
				run.starting(script, applied.size());
				try {
					// one transaction for the run: a retry would have lost the earlier revisions, so none
					applied.add(run.active() ? runner.run(connection, step, script)
							: ddlLock.run(connection, step, script, () -> runner.run(connection, step, script)));
				}
				catch (RetortException ex) {
					throw run.failed(ex, applied);
				}
				run.finished(script, applied.size());
				apply(heads, step.versionUpdates());
				if (SessionState.mayChange(step, scripts.get(i))) {
					session.restore(connection);
				}
			}
			run.commit(connection);
			if (command == Command.STAMP) {
				new StampBookkeeping(historyTable, appliedBy, this.settings.retortVersion(), tag).record(statements,
						catalog, heads, applied.isEmpty() && partial.isPresent());
			}
		}
		finally {
			sqlMode.restore(connection);
			ddlLock.restore(connection);
		}
		return new MigrationResult(applied, before, heads);
	}

	/** The version table's rows that no script defines. */
	private static List<String> unknown(Catalog catalog, List<String> current) {
		return current.stream().filter((id) -> catalog.script(id).isEmpty()).toList();
	}

	private static List<Script> scripts(Plan plan, Catalog catalog) {
		List<Script> scripts = new ArrayList<>();
		for (Step step : plan.steps()) {
			String id = step.revision().id();
			scripts.add(catalog.script(id).orElseThrow(() -> new RetortException(ErrorCode.REVISION_NOT_FOUND,
					"Can't locate revision identified by '" + id + "'")));
		}
		return scripts;
	}

	private static void apply(List<String> heads, List<VersionUpdate> updates) {
		for (VersionUpdate update : updates) {
			if (update instanceof VersionUpdate.Insert insert) {
				heads.add(insert.revision());
			}
			else if (update instanceof VersionUpdate.Delete delete) {
				heads.remove(delete.revision());
			}
			else if (update instanceof VersionUpdate.Update change) {
				heads.set(heads.indexOf(change.from()), change.to());
			}
		}
	}

	private MigrationLock lock(Connection connection, Tables tables, SessionState session) throws SQLException {
		String schema = tables.schema().or(session::schema).orElse("");
		return switch (tables.dialect()) {
			case POSTGRESQL -> new PostgresLock(connection, schema, tables.versionName());
			case MARIADB -> new MariaDbLock(connection, schema, tables.versionName());
			case H2 -> new H2Lock(this.dataSource, tables, this.settings.lockTimeout());
		};
	}

	private String appliedBy(Connection connection) throws SQLException {
		if (this.settings.appliedBy().isPresent()) {
			return this.settings.appliedBy().get();
		}
		String user = String.valueOf(connection.getMetaData().getUserName());
		int at = user.indexOf('@');
		return ((at > 0) ? user.substring(0, at) : user) + "@" + Host.NAME;
	}

	private <T> T read(Reader<T> reader) {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			// a failed query aborts an open PostgreSQL transaction; reading a missing table must not
			connection.setAutoCommit(true);
			try {
				return reader.read(connection, this.settings.tables(Dialect.of(connection)).probed(connection));
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw databaseError(ex);
		}
	}

	private static RetortException databaseError(SQLException ex) {
		return new RetortException(ErrorCode.DATABASE_ERROR,
				"Database error: " + Failures.databaseMessage(ex)
						+ ". Check the connection settings (migrate.url, --url) and that the database is up.",
				ex);
	}

	@FunctionalInterface
	private interface Reader<T> {

		T read(Connection connection, Tables tables) throws SQLException;

	}

	/** The local host name, looked up once: it can be slow where DNS is misconfigured. */
	private static final class Host {

		static final String NAME = lookup();

		private static String lookup() {
			try {
				return InetAddress.getLocalHost().getHostName();
			}
			catch (UnknownHostException ex) {
				return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown-host");
			}
		}

	}

}
