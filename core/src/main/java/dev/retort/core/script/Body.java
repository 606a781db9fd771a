package dev.retort.core.script;

import java.sql.SQLException;

/**
 * What one direction of a revision runs. SQL files hold a fixed list of statements; Java
 * revisions produce statements as they run.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Body {

	/**
	 * Send this body's statements to the sink, one {@link StatementSink#execute(String)} per
	 * statement, in order.
	 * @param sink where statements go: a live connection or an offline SQL script
	 * @throws SQLException when a statement fails
	 */
	void apply(StatementSink sink) throws SQLException;

}
