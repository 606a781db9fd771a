package dev.retort.core.internal.db;

import dev.retort.core.script.StatementSink;

/**
 * A sink that knows the database it feeds, so Java revisions can render SQL for it, offline too.
 *
 * @since 0.1.0
 */
public interface DialectSink extends StatementSink {

	/**
	 * The target database.
	 * @return the dialect
	 */
	Dialect dialect();

}
