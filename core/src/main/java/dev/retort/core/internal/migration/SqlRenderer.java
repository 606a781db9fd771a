package dev.retort.core.internal.migration;

import java.sql.SQLException;
import java.util.List;

/**
 * Renders operations as SQL statements for one dialect. The implementation
 * ({@code internal.liquibase.LiquibaseRenderer}) is the only code that touches Liquibase.
 *
 * @since 0.1.0
 */
public interface SqlRenderer {

	/**
	 * The statements of one operation.
	 * @param op the operation
	 * @param context the revision, dialect and (online) connection
	 * @return the statements without delimiters, in order
	 * @throws SQLException when reading the current schema fails
	 */
	List<String> render(Op op, RenderContext context) throws SQLException;

}
