package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Step;
import dev.retort.core.graph.VersionUpdate;
import dev.retort.core.script.Body;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;

/**
 * Runs one step: the revision's statements, then its version-table changes and history row. On
 * PostgreSQL all of that is one transaction; where DDL commits implicitly (MariaDB, H2, or a
 * revision marked {@code transactional: false}) the statements commit one by one and a failure
 * part-way is recorded as such. With {@code commitEachStep} off, a transactional step leaves its
 * transaction open for the next one, so the caller commits (or a failure rolls back) the whole run.
 */
final class StepRunner {

	private final Dialect dialect;

	private final VersionTable versionTable;

	private final HistoryTable historyTable;

	private final String appliedBy;

	private final String retortVersion;

	private final MigrationListener listener;

	private final PreparedStatements statements;

	private String tag = "";

	private boolean commitEachStep = true;

	private Map<String, String> placeholders = Map.of();

	StepRunner(Tables tables, PreparedStatements statements, String appliedBy, String retortVersion,
			MigrationListener listener) {
		this.statements = statements;
		this.dialect = tables.dialect();
		this.versionTable = new VersionTable(tables);
		this.historyTable = new HistoryTable(tables);
		this.appliedBy = appliedBy;
		this.retortVersion = retortVersion;
		this.listener = listener;
	}

	/** The run's {@code --tag}, written to each history row; empty for none. */
	StepRunner tag(String runTag) {
		this.tag = runTag;
		return this;
	}

	/** The run's placeholder values, offered to the revisions' bodies. */
	StepRunner placeholders(Map<String, String> values) {
		this.placeholders = values;
		return this;
	}

	/** Whether a transactional step commits on its own (the default) or leaves the commit to the run. */
	StepRunner commitEachStep(boolean commit) {
		this.commitEachStep = commit;
		return this;
	}

	AppliedStep run(Connection connection, Step step, Script script) throws SQLException {
		this.listener.stepStarting(step);
		Instant started = Instant.now();
		long start = System.nanoTime();
		boolean transactional = this.dialect.transactionalDdl() && script.transactional();
		int total = total(step, script);
		try {
			connection.setAutoCommit(!transactional);
			long marker = marker(connection, step, script, started, transactional, total);
			LiveSink sink = new LiveSink(this.statements, this.dialect, new LiveSink.Progress() {

				@Override
				public void executed(int count) throws SQLException {
					// after the last statement the final history row follows at once; one round trip fewer
					if (marker > 0 && count != total) {
						StepRunner.this.historyTable.progress(StepRunner.this.statements, marker, count,
								interrupted(count, total));
					}
				}

				@Override
				public void locking(int count) throws SQLException {
					if (marker > 0) {
						StepRunner.this.historyTable.progress(StepRunner.this.statements, marker, count,
								interruptedUnderLocks(count, total));
					}
				}

			}, this.placeholders);
			try {
				body(step, script).apply(sink);
				sink.releaseTableLocks();
			}
			catch (SQLException | RuntimeException ex) {
				throw statementFailed(connection, step, script, sink, total, transactional, started, marker, ex);
			}
			connection.setAutoCommit(false);
			Duration duration;
			try {
				for (VersionUpdate update : step.versionUpdates()) {
					this.versionTable.apply(this.statements, update);
				}
				duration = Duration.ofNanos(System.nanoTime() - start);
				int executed = sink.executedCount();
				record(marker, row(step, script, started, duration, true, executed, (total < 0) ? executed : total, ""));
				if (this.commitEachStep || !transactional) {
					connection.commit();
				}
			}
			catch (RetortException | SQLException ex) {
				if (!transactional && sink.executedCount() > 0) {
					// the statements are in the schema but the version table does not say so
					rollbackQuietly(connection);
					connection.setAutoCommit(true);
					record(marker, row(step, script, started, Duration.between(started, Instant.now()), false,
							sink.executedCount(), sink.executedCount(), Failures.databaseMessage(ex)));
				}
				throw ex;
			}
			AppliedStep applied = new AppliedStep(step, duration);
			this.listener.stepFinished(applied);
			return applied;
		}
		catch (RetortException ex) {
			rollbackQuietly(connection);
			this.listener.stepFailed(step, ex);
			throw ex;
		}
		catch (SQLException ex) {
			rollbackQuietly(connection);
			RetortException failure = Failures.bookkeeping(step, script, ex);
			this.listener.stepFailed(step, failure);
			throw failure;
		}
	}

	/**
	 * Where statements commit one by one, a history row saying "running" is committed before the
	 * first of them and kept up to date after each: if the process is killed part-way, that row is
	 * what tells the next run the revision is half-applied (a caught failure is recorded anyway, a
	 * kill -9 or a lost connection is not). Returns its id, or 0 when the step needs none.
	 */
	private long marker(Connection connection, Step step, Script script, Instant started, boolean transactional,
			int total) throws SQLException {
		if (transactional || total == 0 || step.operation() == Step.Operation.STAMP) {
			return 0;
		}
		return this.historyTable.insertReturningId(this.statements,
				row(step, script, started, Duration.ZERO, false, 0, Math.max(total, 0), interrupted(0, total)));
	}

	/** The marker's error text: true of a process that died, and says so for one still running. */
	static String interrupted(int committed, int total) {
		return "running statement " + (committed + 1) + ((total > 0) ? " of " + total : "")
				+ " when last recorded; unless a migration is still running, the process stopped (killed, crashed or"
				+ " disconnected) before the revision finished, and that statement may or may not have taken effect";
	}

	/**
	 * The marker's error text from the moment a revision takes table locks: Retort cannot write
	 * the history again until it releases them, so a process that died meanwhile may have run any
	 * number of the statements that followed.
	 */
	static String interruptedUnderLocks(int committed, int total) {
		return "running statement " + (committed + 1) + ((total > 0) ? " of " + total : "")
				+ ", which takes table locks (LOCK TABLES), when last recorded: the history cannot be written again"
				+ " until the revision releases them; unless a migration is still running, the process stopped"
				+ " (killed, crashed or disconnected) before the revision finished, and statements from "
				+ (committed + 1) + " on may or may not have taken effect";
	}

	private void record(long marker, HistoryRow row) throws SQLException {
		if (marker > 0) {
			this.historyTable.update(this.statements, marker, row);
		}
		else {
			this.historyTable.insert(this.statements, row);
		}
	}

	private RetortException statementFailed(Connection connection, Step step, Script script, LiveSink sink,
			int total, boolean transactional, Instant started, long marker, Exception cause) throws SQLException {
		try {
			// the history cannot be written while the revision holds table locks
			sink.releaseTableLocks();
		}
		catch (SQLException ex) {
			cause.addSuppressed(ex);
		}
		List<String> committed = sink.executed();
		if (transactional || committed.isEmpty()) {
			rollbackQuietly(connection);
			if (marker > 0) {
				// the first statement failed, so nothing is half-applied after all
				this.historyTable.delete(this.statements, marker);
			}
			return Failures.revisionFailed(step, script, sink, total, transactional, cause);
		}
		// what ran is in the schema for good: say so in history, so the next upgrade stops until resolved
		connection.setAutoCommit(true);
		record(marker, row(step, script, started, Duration.between(started, Instant.now()), false,
				committed.size(), Math.max(total, committed.size() + 1), Failures.databaseMessage(cause)));
		return Failures.partial(step, script, sink, total, this.dialect, cause);
	}

	/** What a step runs: the script's upgrade or downgrade, nothing for a stamp. */
	static Body body(Step step, Script script) {
		return switch (step.operation()) {
			case UPGRADE -> script.upgrade();
			case DOWNGRADE -> script.downgrade().orElseThrow(() -> Failures.irreversible(script));
			case STAMP -> (sink) -> {
			};
		};
	}

	/** The number of statements when known up front (SQL files); -1 for Java revisions. */
	private static int total(Step step, Script script) {
		if (step.operation() == Step.Operation.STAMP) {
			return 0;
		}
		Body body = (step.operation() == Step.Operation.UPGRADE) ? script.upgrade() : script.downgrade().orElse(null);
		return (body instanceof SqlBody sql) ? sql.statements().size() : -1;
	}

	private HistoryRow row(Step step, Script script, Instant started, Duration duration, boolean success,
			int committed, int total, String error) {
		return new HistoryRow(0, script.id(), script.revision().downRevisions(), step.operation().label(),
				script.revision().message(), script.checksum(), this.appliedBy, started, duration.toMillis(), success,
				this.retortVersion, committed, total, error, this.tag);
	}

	static void rollbackQuietly(Connection connection) {
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			// the original failure is what the user needs to see
		}
	}

}
