package dev.retort.core.internal.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.internal.db.Dialect;
import dev.retort.core.script.StatementSink;

/**
 * Runs each operation as it is called: rendered for the dialect and sent to the sink (a live
 * connection, or an offline script).
 */
final class LiveOperations extends OpsSupport {

	private final StatementSink sink;

	private final RenderContext context;

	private @Nullable SqlRenderer renderer;

	LiveOperations(StatementSink sink, RenderContext context) {
		this.sink = sink;
		this.context = context;
	}

	@Override
	void perform(Op op) {
		try {
			if (op instanceof Op.Execute execute) {
				this.sink.execute(execute.sql());
				return;
			}
			requireConcurrentOutsideTransaction(op);
			for (String sql : renderer().render(op, this.context)) {
				this.sink.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new StatementFailure(ex);
		}
	}

	private SqlRenderer renderer() {
		SqlRenderer result = this.renderer;
		if (result == null) {
			result = Renderers.forDialect(this.context.dialect());
			this.renderer = result;
		}
		return result;
	}

	/** PostgreSQL refuses {@code CONCURRENTLY} in a transaction block; say so before trying. */
	private void requireConcurrentOutsideTransaction(Op op) {
		boolean concurrently = (op instanceof Op.CreateIndex create && create.index().isConcurrently())
				|| (op instanceof Op.DropIndex drop && drop.concurrently());
		if (concurrently && this.context.transactional() && this.context.dialect() == Dialect.POSTGRESQL) {
			throw new RetortException(ErrorCode.INVALID_REVISION_FILE, this.context.revision() + ": " + op.describe()
					+ " builds the index concurrently, which PostgreSQL cannot do inside a transaction; add"
					+ " transactional = false to its @Revision");
		}
	}

	@Override
	public Map<String, String> xArguments() {
		Map<String, String> arguments = new LinkedHashMap<>();
		this.sink.placeholders().forEach((name, value) -> {
			if (name.startsWith("x.")) {
				arguments.put(name.substring(2), value);
			}
		});
		return Map.copyOf(arguments);
	}

	@Override
	public Connection jdbc() {
		return this.sink.connection()
			.orElseThrow(() -> new RetortException(ErrorCode.INVALID_ARGUMENT, this.context.revision()
					+ " calls jdbc(), which needs a live database and cannot be rendered as offline SQL; run it"
					+ " without --sql, or replace the jdbc() code with operations or execute(sql)"));
	}

	/** Carries a statement's {@link SQLException} through {@code upgrade}, which cannot throw it unwrapped. */
	static final class StatementFailure extends RuntimeException {

		StatementFailure(SQLException cause) {
			super(cause.getMessage(), cause, false, false);
		}

		@Override
		public synchronized SQLException getCause() {
			return (SQLException) super.getCause();
		}

	}

}
