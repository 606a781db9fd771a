package dev.retort.core.script;

import java.sql.SQLException;
import java.util.List;

/**
 * The body of an SQL revision file: statements already split, sent in order.
 *
 * @param statements the statements without delimiters
 * @since 0.1.0
 */
public record SqlBody(List<String> statements) implements Body {

	public SqlBody {
		statements = List.copyOf(statements);
	}

	@Override
	public void apply(StatementSink sink) throws SQLException {
		for (String statement : this.statements) {
			sink.execute(statement);
		}
	}

}
