package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Plan;
import dev.retort.core.internal.db.MigrationContext.Command;
import dev.retort.core.script.Script;

/**
 * {@code transaction-per-migration=false}, Alembic's default: where DDL is transactional
 * (PostgreSQL) the steps of one run share one transaction, committed after the last step, so a
 * failure rolls back every step of the run, bookkeeping included. A revision marked
 * {@code transactional: false} commits what ran before it, as Alembic's {@code autocommit_block}
 * does. Where DDL commits implicitly (MariaDB, H2) the run cannot be one transaction: the listener
 * hears so and each revision commits on its own.
 */
final class RunTransaction {

	private final boolean active;

	private int committed;

	private RunTransaction(boolean active) {
		this.active = active;
	}

	static RunTransaction of(Settings settings, Dialect dialect, Command command, Plan plan,
			MigrationListener listener) {
		if (settings.transactionPerMigration()) {
			return new RunTransaction(false);
		}
		if (!dialect.transactionalDdl() && command != Command.STAMP && !plan.steps().isEmpty()) {
			listener.notice("transaction-per-migration=false asks for one transaction for the whole run, but "
					+ dialect.displayName() + " commits every DDL statement implicitly: each revision is committed"
					+ " with its version and history rows as it finishes, so a failure leaves the revisions before it"
					+ " applied (and a revision that fails part-way half-applied, as recorded in the history table)");
		}
		return new RunTransaction(dialect.transactionalDdl());
	}

	/** Whether steps leave their transaction open for the run. */
	boolean active() {
		return this.active;
	}

	/**
	 * Around a step: a non-transactional revision commits the run so far when it switches to
	 * autocommit, and its own bookkeeping when it finishes.
	 */
	void starting(Script script, int appliedSoFar) {
		if (!script.transactional()) {
			this.committed = appliedSoFar;
		}
	}

	void finished(Script script, int appliedSoFar) {
		if (!script.transactional()) {
			this.committed = appliedSoFar;
		}
	}

	/** After the last step. */
	void commit(Connection connection) throws SQLException {
		if (this.active && !connection.getAutoCommit()) {
			connection.commit();
		}
	}

	/** The failure of a step, saying which earlier steps of the run were rolled back with it. */
	RetortException failed(RetortException failure, List<AppliedStep> applied) {
		if (!this.active || applied.size() <= this.committed) {
			return failure;
		}
		List<String> undone = applied.subList(this.committed, applied.size())
			.stream()
			.map((step) -> step.step().revision().id())
			.toList();
		String message = failure.getMessage() + "\nThe run was one transaction (transaction-per-migration=false), so "
				+ ((undone.size() == 1) ? "the revision" : "the " + undone.size() + " revisions")
				+ " it ran before this one " + ((undone.size() == 1) ? "was" : "were") + " rolled back too: "
				+ String.join(", ", undone) + ".";
		return new RetortException(failure.code(), message, failure);
	}

}
