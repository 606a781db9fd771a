package dev.retort.core.internal.migration;

import dev.retort.core.internal.db.Dialect;
import dev.retort.core.internal.liquibase.LiquibaseRenderer;

/**
 * The one place that names the Liquibase renderer, called on the first operation that needs SQL
 * generated: until then no Liquibase class is loaded.
 */
final class Renderers {

	private Renderers() {
	}

	static SqlRenderer forDialect(Dialect dialect) {
		return new LiquibaseRenderer(dialect);
	}

}
