package dev.retort.core.internal.db;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	/**
	 * A sink that keeps each statement instead of running it, as offline rendering does; it has no
	 * connection.
	 * @param dialect the target database
	 * @param statements where the statements go, in order
	 * @return the sink
	 */
	static DialectSink collecting(Dialect dialect, List<String> statements) {
		return collecting(dialect, statements, Map.of());
	}

	/**
	 * A collecting sink that offers placeholder values to the bodies it collects.
	 * @param dialect the target database
	 * @param statements where the statements go, in order
	 * @param placeholders the run's placeholder values
	 * @return the sink
	 */
	static DialectSink collecting(Dialect dialect, List<String> statements, Map<String, String> placeholders) {
		return new DialectSink() {

			@Override
			public Map<String, String> placeholders() {
				return placeholders;
			}

			@Override
			public Dialect dialect() {
				return dialect;
			}

			@Override
			public void execute(String sql) {
				statements.add(sql);
			}

			@Override
			public Optional<Connection> connection() {
				return Optional.empty();
			}

		};
	}

}
