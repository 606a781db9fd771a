package dev.retort.core.internal.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Plan;
import dev.retort.core.graph.Step;
import dev.retort.core.graph.VersionUpdate;
import dev.retort.core.internal.script.CopyFromStdin;
import dev.retort.core.internal.script.StatementLabel;
import dev.retort.core.script.Body;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;

/**
 * Renders a plan as an SQL script to run by hand (Alembic's {@code --sql}): the revisions'
 * statements with the version-table and history rows that go with them, one transaction per
 * revision on PostgreSQL, or one for the whole script with {@code transaction-per-migration=false}.
 *
 * @since 0.1.0
 */
public final class OfflineScript {

	/** A custom setting of the session that keeps search_path as the script found it. */
	private static final String SAVED_SEARCH_PATH = "retort.search_path";

	private static final List<String> OFFLINE_DELIMITERS = List.of("//", "$$", ";;", "@@@", "~~~");

	private final Dialect dialect;

	private final Tables tables;

	private final String retortVersion;

	private final boolean oneTransaction;

	private final Settings settings;

	private final String tag;

	private final StringBuilder out = new StringBuilder();

	private OfflineScript(Dialect dialect, Settings settings, String tag) {
		this.dialect = dialect;
		this.tables = settings.tables(dialect);
		this.retortVersion = settings.retortVersion();
		this.oneTransaction = dialect.transactionalDdl() && !settings.transactionPerMigration();
		this.settings = settings;
		this.tag = tag;
	}

	/**
	 * Render a plan.
	 * @param dialect the target database
	 * @param settings table names and Retort version
	 * @param plan the plan
	 * @param catalog the scripts
	 * @param range the range as given, for the header
	 * @return the script text
	 */
	public static String render(Dialect dialect, Settings settings, Plan plan, Catalog catalog, String range) {
		return render(dialect, settings, plan, catalog, range, "");
	}

	/**
	 * Render a plan whose history rows carry a tag.
	 * @param dialect the target database
	 * @param settings table names, Retort version and transaction mode
	 * @param plan the plan
	 * @param catalog the scripts
	 * @param range the range as given, for the header
	 * @param tag the run's tag; empty for none
	 * @return the script text
	 */
	public static String render(Dialect dialect, Settings settings, Plan plan, Catalog catalog, String range,
			String tag) {
		return new OfflineScript(dialect, settings, tag).write(plan, catalog, range);
	}

	private String write(Plan plan, Catalog catalog, String range) {
		String command = plan.steps().stream().anyMatch((step) -> step.operation() == Step.Operation.DOWNGRADE)
				? "downgrade" : plan.steps().stream().allMatch((step) -> step.operation() == Step.Operation.STAMP)
						&& !plan.steps().isEmpty() ? "stamp" : "upgrade";
		line("-- Retort " + command + " " + range + " for " + this.dialect.displayName()
				+ "; generated offline, review before running");
		line("");
		List<Script> scripts = new ArrayList<>();
		for (Step step : plan.steps()) {
			scripts.add(catalog.script(step.revision().id())
				.orElseThrow(() -> new RetortException(ErrorCode.REVISION_NOT_FOUND,
						"Can't locate revision identified by '" + step.revision().id() + "'"))
				.requireParsed());
		}
		boolean changesSession = false;
		for (int i = 0; i < scripts.size(); i++) {
			changesSession |= changesSession(plan.steps().get(i), scripts.get(i));
		}
		if (changesSession) {
			// a revision may change search_path: remember it, to set it back after each such revision
			line("SELECT pg_catalog.set_config('" + SAVED_SEARCH_PATH + "', pg_catalog.current_setting('search_path'),"
					+ " false);");
			line("");
		}
		if (this.oneTransaction) {
			line("-- transaction-per-migration=false: one transaction for the whole script");
			line("BEGIN;");
			line("");
		}
		else if (!this.settings.transactionPerMigration()) {
			line("-- transaction-per-migration=false, but " + this.dialect.displayName() + " commits every DDL"
					+ " statement implicitly: each revision commits on its own");
			line("");
		}
		if (plan.headsBefore().isEmpty()) {
			line(this.dialect.createVersionTable(this.tables.version()) + ";");
			line(this.dialect.createHistoryTable(this.tables.history()) + ";");
			line("");
		}
		for (int i = 0; i < plan.steps().size(); i++) {
			step(plan.steps().get(i), scripts.get(i));
		}
		if (!plan.steps().isEmpty() && plan.headsAfter().isEmpty()) {
			// as Alembic's offline mode: a script that ends at base leaves no version table behind
			line("DROP TABLE " + this.tables.version() + ";");
			line("");
		}
		if (this.oneTransaction) {
			line("COMMIT;");
			line("");
		}
		return this.out.toString();
	}

	private void step(Step step, Script script) {
		boolean transaction = this.dialect.transactionalDdl() && !this.oneTransaction;
		line("-- Running " + step.describe());
		if (this.oneTransaction && !script.transactional()) {
			// as Alembic's autocommit_block: what ran so far commits, the revision runs outside
			line("COMMIT;");
		}
		if (transaction && script.transactional()) {
			line("BEGIN;");
		}
		List<String> statements = statements(step, script);
		for (String statement : statements) {
			statement(statement);
		}
		if (this.dialect == Dialect.POSTGRESQL && SessionState.mayChange(statements)) {
			line("SELECT pg_catalog.set_config('search_path', pg_catalog.current_setting('" + SAVED_SEARCH_PATH
					+ "'), false);");
		}
		if ((transaction || this.oneTransaction) && !script.transactional()) {
			line("BEGIN;");
		}
		for (VersionUpdate update : step.versionUpdates()) {
			line(versionSql(update) + ";");
		}
		line(historySql(step, script) + ";");
		if (transaction) {
			line("COMMIT;");
		}
		line("");
	}

	/**
	 * Whether a revision changes the session in a way the script must undo. PostgreSQL's
	 * search_path is saved and set back; MariaDB's {@code USE} and H2's {@code SET SCHEMA} cannot
	 * be undone by a script that does not know the database's name, so they are refused unless
	 * the schema is configured, which qualifies the bookkeeping statements.
	 */
	private boolean changesSession(Step step, Script script) {
		if (step.operation() == Step.Operation.STAMP || !(StepRunner.body(step, script) instanceof SqlBody sql)) {
			return false;
		}
		List<String> statements = sql.statements();
		if (this.dialect == Dialect.POSTGRESQL) {
			return SessionState.mayChange(statements);
		}
		if (this.tables.schema().isEmpty()) {
			for (String statement : statements) {
				String label = StatementLabel.of(statement);
				if (SessionState.startsWithUse(statement) || label.regionMatches(true, 0, "SET SCHEMA", 0, 10)) {
					throw new RetortException(ErrorCode.INVALID_ARGUMENT, Failures.name(script) + " changes the current "
							+ ((this.dialect == Dialect.MARIADB) ? "database" : "schema") + " (" + label + "); an offline"
							+ " script cannot switch back to one whose name it does not know. Set migrate.schema (CLI:"
							+ " --schema) to the " + ((this.dialect == Dialect.MARIADB) ? "database" : "schema")
							+ " of the version table, so that Retort's statements name it.");
				}
			}
		}
		return false;
	}

	private List<String> statements(Step step, Script script) {
		Body body = StepRunner.body(step, script);
		List<String> statements = new ArrayList<>();
		try {
			body.apply(DialectSink.collecting(this.dialect, statements, this.settings.placeholders()));
		}
		catch (java.sql.SQLException | RuntimeException ex) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, Failures.name(script)
					+ " cannot be rendered offline: " + ex.getMessage()
					+ ". Run it online instead (without --sql).", ex);
		}
		return statements;
	}

	/**
	 * Each statement as the native client reads it: psql takes a COPY's data after it verbatim;
	 * the mariadb client splits on ';', so a body with inner semicolons gets a DELIMITER of its
	 * own. A delimiter never goes at the end of a line comment, where it would be commented out.
	 */
	private void statement(String sql) {
		String text = sql.strip();
		Optional<CopyFromStdin> copy = (this.dialect == Dialect.POSTGRESQL) ? CopyFromStdin.of(text) : Optional.empty();
		if (copy.isPresent()) {
			line(copy.get().psqlText());
		}
		else if (this.dialect == Dialect.MARIADB && text.contains(";")) {
			String delimiter = OFFLINE_DELIMITERS.stream().filter((candidate) -> !text.contains(candidate)).findFirst()
				.orElseThrow(() -> new RetortException(ErrorCode.INVALID_ARGUMENT, "A statement holds every delimiter"
						+ " the offline script could use (" + String.join(" ", OFFLINE_DELIMITERS) + "): "
						+ StatementLabel.of(text) + ". Run it online instead (without --sql)."));
			line("DELIMITER " + delimiter);
			line(terminated(text, delimiter));
			line("DELIMITER ;");
		}
		else {
			line(terminated(text, ";"));
		}
	}

	private static String terminated(String text, String delimiter) {
		int lastLine = text.lastIndexOf('\n') + 1;
		boolean comment = text.indexOf("--", lastLine) >= 0 || text.indexOf('#', lastLine) >= 0;
		return comment ? text + "\n" + delimiter : text + delimiter;
	}

	private String versionSql(VersionUpdate update) {
		String table = this.tables.version();
		if (update instanceof VersionUpdate.Insert insert) {
			return "INSERT INTO " + table + " (version_num) VALUES (" + literal(insert.revision()) + ")";
		}
		if (update instanceof VersionUpdate.Delete delete) {
			return "DELETE FROM " + table + " WHERE version_num = " + literal(delete.revision());
		}
		VersionUpdate.Update change = (VersionUpdate.Update) update;
		return "UPDATE " + table + " SET version_num = " + literal(change.to()) + " WHERE version_num = "
				+ literal(change.from());
	}

	private String historySql(Step step, Script script) {
		int count = statements(step, script).size();
		String tagColumn = this.tag.isEmpty() ? "" : ", tag";
		String tagValue = this.tag.isEmpty() ? "" : ", " + literal(this.tag);
		return "INSERT INTO " + this.tables.history() + " (revision, down_revisions, operation, message, checksum,"
				+ " applied_by, started_at, duration_ms, success, retort_version, statements_committed,"
				+ " statements_total" + tagColumn + ") VALUES (" + literal(script.id()) + ", "
				+ literal(String.join(",", script.revision().downRevisions())) + ", "
				+ literal(step.operation().label()) + ", " + literal(script.revision().message()) + ", "
				+ literal(script.checksum()) + ", " + this.dialect.currentUser() + ", " + this.dialect.utcNow()
				+ ", 0, TRUE, " + literal(this.retortVersion) + ", " + count + ", " + count + tagValue + ")";
	}

	private String literal(String value) {
		return this.dialect.literal(value);
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

}
