package dev.retort.core.internal.db;

import java.util.ArrayList;
import java.util.List;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Plan;
import dev.retort.core.graph.Step;
import dev.retort.core.graph.VersionUpdate;
import dev.retort.core.script.Body;
import dev.retort.core.script.Script;

/**
 * Renders a plan as an SQL script to run by hand (Alembic's {@code --sql}): the revisions'
 * statements with the version-table and history rows that go with them, one transaction per
 * revision on PostgreSQL, or one for the whole script with {@code transaction-per-migration=false}.
 *
 * @since 0.1.0
 */
public final class OfflineScript {

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
		for (Step step : plan.steps()) {
			Script script = catalog.script(step.revision().id())
				.orElseThrow(() -> new RetortException(ErrorCode.REVISION_NOT_FOUND,
						"Can't locate revision identified by '" + step.revision().id() + "'"));
			step(step, script.requireParsed());
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
		for (String statement : statements(step, script)) {
			statement(statement);
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

	/** MariaDB's client splits on ';', so a body with inner semicolons needs another delimiter. */
	private void statement(String sql) {
		String text = sql.strip();
		if (this.dialect == Dialect.MARIADB && text.contains(";")) {
			line("DELIMITER //");
			line(text + "//");
			line("DELIMITER ;");
		}
		else {
			line(text + ";");
		}
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
