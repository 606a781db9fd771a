package dev.retort.core.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * Configures {@link Tenants}: which tenants (schemas, a query listing them, or a DataSource per
 * tenant), how many run at once, and what a failure does. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class TenantsBuilder {

	/** Default number of tenants migrated at once. */
	public static final int DEFAULT_PARALLELISM = 4;

	private final Retort engine;

	private List<String> schemas = List.of();

	private @Nullable String schemaQuery;

	private Map<String, DataSource> dataSources = Map.of();

	private int parallelism = DEFAULT_PARALLELISM;

	private TenantFailurePolicy onFailure = TenantFailurePolicy.CONTINUE;

	private @Nullable Function<String, MigrationListener> listeners;

	TenantsBuilder(Retort engine) {
		this.engine = Objects.requireNonNull(engine, "'engine' must not be null");
	}

	/**
	 * Tenants by schema (PostgreSQL, H2) or database (MariaDB) name, on the engine's database.
	 * @param schemas the names
	 * @return this builder
	 */
	public TenantsBuilder schemas(List<String> schemas) {
		this.schemas = schemas.stream().map(String::strip).filter((name) -> !name.isEmpty()).toList();
		return this;
	}

	/**
	 * Tenants by schema (PostgreSQL, H2) or database (MariaDB) name, on the engine's database.
	 * @param schemas the names
	 * @return this builder
	 */
	public TenantsBuilder schemas(String... schemas) {
		return schemas(List.of(schemas));
	}

	/**
	 * A query whose rows' first column names tenant schemas, run on the engine's database each time
	 * the tenants are listed; its names follow those of {@link #schemas(List)}.
	 * @param schemaQuery the query, or {@code null} for none
	 * @return this builder
	 */
	public TenantsBuilder schemaQuery(@Nullable String schemaQuery) {
		this.schemaQuery = schemaQuery;
		return this;
	}

	/**
	 * A database per tenant: tenant names mapped to their DataSources, in the order to run them.
	 * Each tenant's tables then live in the engine's configured schema, or the connection's default.
	 * @param dataSources the DataSources by tenant name
	 * @return this builder
	 */
	public TenantsBuilder dataSources(Map<String, DataSource> dataSources) {
		this.dataSources = new LinkedHashMap<>(dataSources);
		return this;
	}

	/**
	 * @param parallelism how many tenants run at once, at least 1
	 * @return this builder
	 */
	public TenantsBuilder parallelism(int parallelism) {
		this.parallelism = parallelism;
		return this;
	}

	/**
	 * @param onFailure what a run does when a tenant fails
	 * @return this builder
	 */
	public TenantsBuilder onFailure(TenantFailurePolicy onFailure) {
		this.onFailure = Objects.requireNonNull(onFailure, "'onFailure' must not be null");
		return this;
	}

	/**
	 * @param listeners gives each tenant's engine its listener; by default every tenant shares the
	 * engine's listener
	 * @return this builder
	 */
	public TenantsBuilder listeners(Function<String, MigrationListener> listeners) {
		this.listeners = Objects.requireNonNull(listeners, "'listeners' must not be null");
		return this;
	}

	/**
	 * Check the settings and build.
	 * @return the tenants
	 * @throws RetortException with {@code INVALID_CONFIGURATION} naming the setting and the fix
	 */
	public Tenants load() {
		if (this.parallelism < 1) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Invalid tenant parallelism "
					+ this.parallelism + " (--tenant-parallelism, migrate.tenants.parallelism): use 1 or more");
		}
		boolean bySchema = !this.schemas.isEmpty() || this.schemaQuery != null;
		if (bySchema && !this.dataSources.isEmpty()) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Tenants are configured both by schema"
					+ " (migrate.tenants.schemas / schema-query) and by DataSource: choose one");
		}
		if (!bySchema && this.dataSources.isEmpty()) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "No tenants configured: set"
					+ " --tenant-schemas or --tenant-schema-query (migrate.tenants.schemas, migrate.tenants.schema-query)"
					+ " or give a DataSource per tenant");
		}
		MigrationListener shared = this.engine.listener();
		Function<String, MigrationListener> listeners = (this.listeners != null) ? this.listeners
				: (tenant) -> shared;
		String query = (this.schemaQuery != null && !this.schemaQuery.isBlank()) ? this.schemaQuery : null;
		return new Tenants(this.engine, this.schemas, Optional.ofNullable(query), this.dataSources, this.parallelism,
				this.onFailure, listeners);
	}

}
