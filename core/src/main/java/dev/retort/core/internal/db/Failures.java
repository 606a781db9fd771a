package dev.retort.core.internal.db;

import java.sql.SQLException;
import java.util.List;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Step;
import dev.retort.core.internal.script.StatementLabel;
import dev.retort.core.script.Script;

/**
 * The messages of failed revisions: each names the revision, its file, the statement and the way
 * out.
 */
final class Failures {

	private Failures() {
	}

	static RetortException revisionFailed(Step step, Script script, LiveSink sink, int total, boolean rolledBack,
			Exception cause) {
		int number = sink.executed().size() + 1;
		StringBuilder message = new StringBuilder(name(script)).append(" failed ")
			.append(position(sink, number, total))
			.append(" during ")
			.append(step.operation().label())
			.append(":\n  Database error: ")
			.append(databaseMessage(cause))
			.append('\n');
		if (rolledBack) {
			message.append("The revision was rolled back: the schema, the version table and the history table are"
					+ " as they were before it.");
		}
		else {
			message.append("Nothing of it was committed, since it failed at its first statement.");
		}
		message.append(" Fix the revision and run `").append(step.operation().label()).append("` again.");
		return new RetortException(ErrorCode.REVISION_FAILED, message.toString(), cause);
	}

	static RetortException partial(Step step, Script script, LiveSink sink, int total, Dialect dialect,
			Exception cause) {
		List<String> committed = sink.executed();
		int number = committed.size() + 1;
		String of = (total < 0) ? "" : " of " + total;
		StringBuilder message = new StringBuilder(name(script)).append(" failed ")
			.append(position(sink, number, total))
			.append(" during ")
			.append(step.operation().label())
			.append(" on ")
			.append(dialect.displayName())
			.append(", which commits each statement (no transactional DDL):\n  Database error: ")
			.append(databaseMessage(cause))
			.append("\nStatement")
			.append((committed.size() == 1) ? " 1" : "s 1-" + committed.size())
			.append(of)
			.append((committed.size() == 1) ? " was committed and stays" : " were committed and stay")
			.append(" in the schema:\n");
		for (int i = 0; i < committed.size(); i++) {
			message.append("  ").append(i + 1).append(": ").append(firstLine(committed.get(i))).append('\n');
		}
		message.append("The version table was not changed; the history table records the failure, and `upgrade` and"
				+ " `downgrade` refuse to run until it is resolved.\n")
			.append(recovery(script.id(), target(step.toRevisions()), target(step.fromRevisions()),
					step.operation().label()));
		return new RetortException(ErrorCode.PARTIAL_REVISION, message.toString(), cause);
	}

	/** How to get out of a half-applied revision; shared by the failure and the later refusal. */
	static String recovery(String revision, String complete, String undone, String operation) {
		return "To resolve it, either fix the schema by hand and run `stamp " + complete
				+ "` (if the " + operation + " of " + revision + " is now complete) or `stamp " + undone
				+ "` (if you undid it), or make the revision idempotent and run `" + operation + "` again.";
	}

	static RetortException irreversible(Script script) {
		if (script.upgrade() instanceof DowngradeExplanation explanation) {
			return new RetortException(ErrorCode.IRREVERSIBLE_REVISION, explanation.irreversibleMessage());
		}
		return new RetortException(ErrorCode.IRREVERSIBLE_REVISION, name(script)
				+ " has no '-- migrate:downgrade' section, so it cannot be downgraded; nothing was run. Add a"
				+ " downgrade section to the file, or move the version table past it with `stamp`.");
	}

	static RetortException bookkeeping(Step step, Script script, SQLException cause) {
		return new RetortException(ErrorCode.DATABASE_ERROR, "Could not record " + step.operation().label() + " of "
				+ name(script) + " in the version and history tables: " + databaseMessage(cause), cause);
	}

	static String name(Script script) {
		return "Revision " + script.id() + " (" + script.revision().source() + ")";
	}

	static String target(List<String> revisions) {
		return revisions.isEmpty() ? "base" : String.join(" ", revisions);
	}

	static String databaseMessage(Throwable cause) {
		String text = String.valueOf(cause.getMessage()).strip();
		if (cause instanceof SQLException sql && sql.getSQLState() != null) {
			return text + " [SQLState " + sql.getSQLState() + "]";
		}
		return text;
	}

	static String firstLine(String sql) {
		return StatementLabel.of(sql);
	}

	private static String position(LiveSink sink, int number, int total) {
		if (sink.failing().isEmpty()) {
			return "after statement " + (number - 1);
		}
		return "at statement " + number + ((total < 0) ? "" : " of " + total) + " (" + firstLine(sink.failing())
				+ ")";
	}

}
