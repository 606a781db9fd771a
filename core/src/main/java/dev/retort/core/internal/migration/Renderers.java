package dev.retort.core.internal.migration;

import dev.retort.core.internal.db.Dialect;
import dev.retort.core.internal.liquibase.LiquibaseRenderer;

/**
 * The one place that names the Liquibase renderer, called on the first operation that needs SQL
 * generated: until then no Liquibase class is loaded.
 */
public final class Renderers {

	private Renderers() {
	}

	/**
	 * The renderer of a dialect.
	 * @param dialect the dialect
	 * @return the renderer
	 */
	public static SqlRenderer forDialect(Dialect dialect) {
		return new LiquibaseRenderer(dialect);
	}

}
