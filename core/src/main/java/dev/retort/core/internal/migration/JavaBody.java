package dev.retort.core.internal.migration;

import java.sql.SQLException;
import java.util.List;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.internal.db.Dialect;
import dev.retort.core.internal.db.DialectSink;
import dev.retort.core.internal.db.DowngradeExplanation;
import dev.retort.core.script.Body;
import dev.retort.core.script.StatementSink;

/**
 * One direction of a Java revision: a new instance of the class runs {@code upgrade} or
 * {@code downgrade} against {@link LiveOperations}, or (for a derived downgrade) the recorded
 * inverse operations run in order.
 */
final class JavaBody implements Body, DowngradeExplanation {

	private final JavaRevision revision;

	private final Direction direction;

	private final List<Op> inverse;

	private JavaBody(JavaRevision revision, Direction direction, List<Op> inverse) {
		this.revision = revision;
		this.direction = direction;
		this.inverse = List.copyOf(inverse);
	}

	static JavaBody upgrade(JavaRevision revision) {
		return new JavaBody(revision, Direction.UPGRADE, List.of());
	}

	static JavaBody downgrade(JavaRevision revision) {
		return new JavaBody(revision, Direction.DOWNGRADE, List.of());
	}

	static JavaBody inverse(JavaRevision revision, List<Op> inverse) {
		return new JavaBody(revision, Direction.INVERSE, inverse);
	}

	@Override
	public void apply(StatementSink sink) throws SQLException {
		LiveOperations ops = new LiveOperations(sink, new RenderContext(this.revision.name(), dialect(sink),
				sink.connection(), this.revision.transactional()));
		try {
			switch (this.direction) {
				case UPGRADE -> this.revision.newInstance().upgrade(ops);
				case DOWNGRADE -> this.revision.newInstance().downgrade(ops);
				case INVERSE -> this.inverse.forEach(ops::perform);
			}
		}
		catch (LiveOperations.StatementFailure ex) {
			throw ex.getCause();
		}
	}

	private Dialect dialect(StatementSink sink) throws SQLException {
		if (sink instanceof DialectSink known) {
			return known.dialect();
		}
		if (sink.connection().isPresent()) {
			return Dialect.of(sink.connection().get());
		}
		throw new RetortException(ErrorCode.INVALID_ARGUMENT, this.revision.name()
				+ " cannot be rendered: the statement sink names no database; give it a dialect");
	}

	@Override
	public String irreversibleMessage() {
		return this.revision.irreversibleMessage().orElse(this.revision.name() + " cannot be downgraded; nothing was run.");
	}

	private enum Direction {

		UPGRADE, DOWNGRADE, INVERSE

	}

}
