package dev.retort.core.autogenerate;

import java.util.Objects;

import dev.retort.core.internal.autogenerate.SchemaComparator;

/**
 * Compares two {@link SchemaModel}s, as Alembic's {@code compare_metadata}: what the database
 * holds against what the entities declare. Pure: reads no database and writes nothing.
 *
 * <pre class="code">
 * SchemaDiff diff = Autogenerate.compare("postgresql", databaseSchema, entitySchema,
 *         AutogenerateOptions.defaults());
 * diff.differences().forEach(System.out::println); // add_column users.email varchar(255)
 * List&lt;String&gt; upgrade = diff.upgradeStatements();
 * List&lt;String&gt; downgrade = diff.downgradeStatements();
 * </pre>
 *
 * <p>A connected engine does the inspection itself: {@code retort.compare(modelSource, options)}.
 *
 * @since 0.1.0
 */
public final class Autogenerate {

	private Autogenerate() {
	}

	/**
	 * Compare a database schema with a model.
	 * @param dialect the dialect statements are rendered for: {@code h2}, {@code postgresql} or
	 * {@code mariadb}
	 * @param database what the database holds
	 * @param model what the entities declare
	 * @param options filters and what to compare
	 * @return the differences as operations
	 */
	public static SchemaDiff compare(String dialect, SchemaModel database, SchemaModel model,
			AutogenerateOptions options) {
		Objects.requireNonNull(dialect, "'dialect' must not be null");
		SchemaComparator.Result result = SchemaComparator.compare(database, model, options);
		return new SchemaDiff(dialect, result.operations(), result.notes(), result.databaseTables(),
				result.modelTables());
	}

}
