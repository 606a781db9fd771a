package dev.retort.core.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.retort.core.internal.db.TenantSession;

/**
 * One revision set applied to many tenants: a schema per tenant (PostgreSQL, H2) or a database per
 * tenant (MariaDB, or any database through a DataSource per tenant), in parallel.
 *
 * <p>Each tenant has its own version and history tables in its schema, its own migration lock,
 * and runs its revisions with its schema as the session default ({@code search_path},
 * {@code USE}, {@code SET SCHEMA}), so unqualified names land in the tenant. The revisions are
 * read once and shared by every tenant. A failing tenant does not stop the others unless
 * {@link TenantFailurePolicy#STOP} is chosen, and running a command again only does work where a
 * tenant is not yet at the target.
 *
 * <pre>{@code
 * Retort retort = Retort.configure().dataSource(dataSource).load();
 * Tenants tenants = Tenants.configure(retort)
 *     .schemaQuery("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'tenant%'")
 *     .parallelism(8)
 *     .load();
 * TenantRun<MigrationResult> run = tenants.run((tenant, engine) -> engine.upgrade("heads"));
 * if (!run.failed().isEmpty()) {
 *     System.err.println("failed: " + run.failed());
 * }
 * }</pre>
 *
 * <p>Immutable and safe to share between threads once built.
 *
 * @since 0.1.0
 */
public final class Tenants {

	private final Retort engine;

	private final List<String> schemas;

	private final Optional<String> schemaQuery;

	private final Map<String, DataSource> dataSources;

	private final int parallelism;

	private final TenantFailurePolicy onFailure;

	private final Function<String, MigrationListener> listeners;

	Tenants(Retort engine, List<String> schemas, Optional<String> schemaQuery, Map<String, DataSource> dataSources,
			int parallelism, TenantFailurePolicy onFailure, Function<String, MigrationListener> listeners) {
		this.engine = engine;
		this.schemas = List.copyOf(schemas);
		this.schemaQuery = schemaQuery;
		this.dataSources = new LinkedHashMap<>(dataSources);
		this.parallelism = parallelism;
		this.onFailure = onFailure;
		this.listeners = listeners;
	}

	/**
	 * Start configuring the tenants of an engine; the engine's settings (locations, table names,
	 * lock timeout, checksum validation) apply to every tenant.
	 * @param engine the engine whose revisions every tenant runs
	 * @return a builder
	 */
	public static TenantsBuilder configure(Retort engine) {
		return new TenantsBuilder(engine);
	}

	/**
	 * How many tenants run at once.
	 * @return the parallelism
	 */
	public int parallelism() {
		return this.parallelism;
	}

	/**
	 * What a run does when a tenant fails.
	 * @return the policy
	 */
	public TenantFailurePolicy onFailure() {
		return this.onFailure;
	}

	/**
	 * The tenants, in order: the DataSources' names, or the configured schemas followed by those the
	 * schema query returns. Runs the query each time, so tenants added since are included.
	 * @return the names
	 * @throws RetortException with {@code DATABASE_ERROR} when the schema query fails
	 */
	public List<String> names() {
		if (!this.dataSources.isEmpty()) {
			return List.copyOf(this.dataSources.keySet());
		}
		LinkedHashSet<String> names = new LinkedHashSet<>(this.schemas);
		this.schemaQuery.ifPresent((sql) -> names.addAll(TenantSession.query(base(), sql)));
		return List.copyOf(names);
	}

	/**
	 * An engine on one tenant, for commands outside a run (an endpoint reading one tenant's state).
	 * A schema is matched against the database's schemas as in {@link #run}, in one query.
	 * @param tenant the tenant's name
	 * @return the engine
	 * @throws RetortException with {@code INVALID_ARGUMENT} when no DataSource has that name
	 */
	public Retort engine(String tenant) {
		String schema = this.dataSources.isEmpty()
				? TenantSession.match(tenant, TenantSession.existingSchemas(base())).orElse(tenant) : tenant;
		return engine(schema, this.listeners.apply(tenant));
	}

	private Retort engine(String tenant, MigrationListener listener) {
		if (!this.dataSources.isEmpty()) {
			DataSource dataSource = this.dataSources.get(tenant);
			if (dataSource == null) {
				throw new RetortException(ErrorCode.INVALID_ARGUMENT, "No tenant named '" + tenant
						+ "'; the tenants are " + this.dataSources.keySet());
			}
			return this.engine.tenant(dataSource, Optional.empty(), listener);
		}
		return this.engine.tenant(new TenantSession(base(), tenant), Optional.of(tenant), listener);
	}

	/**
	 * Run a command on every tenant, {@link #parallelism()} at a time. The revisions are read (and
	 * checked) once before any tenant starts. A tenant whose schema does not exist fails without
	 * affecting the others.
	 * @param task the command
	 * @param <T> what it returns
	 * @return one result per tenant, in the order of {@link #names()}
	 * @throws RetortException when the revisions cannot be read or the tenants cannot be listed
	 */
	public <T> TenantRun<T> run(TenantTask<T> task) {
		this.engine.graph();
		List<String> names = names();
		Map<String, Optional<String>> spelled = spellings(names);
		if (names.isEmpty()) {
			return new TenantRun<>(List.of());
		}
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService executor = Executors.newFixedThreadPool(Math.min(this.parallelism, names.size()),
				new Workers());
		try {
			List<Future<TenantResult<T>>> futures = new ArrayList<>();
			for (String name : names) {
				futures.add(executor.submit(() -> runOne(name, spelled.get(name), task, stop)));
			}
			List<TenantResult<T>> results = new ArrayList<>();
			for (Future<TenantResult<T>> future : futures) {
				results.add(await(future));
			}
			return new TenantRun<>(results);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private <T> TenantResult<T> runOne(String name, Optional<String> schema, TenantTask<T> task, AtomicBoolean stop) {
		if (stop.get()) {
			return new TenantResult<>(name, TenantOutcome.SKIPPED, Optional.empty(), Optional.empty(), Duration.ZERO);
		}
		long start = System.nanoTime();
		try {
			String tenant = schema.orElseThrow(() -> new RetortException(ErrorCode.INVALID_CONFIGURATION,
					"Tenant schema '" + name + "' does not exist; create it (CREATE SCHEMA, or CREATE DATABASE on"
							+ " MariaDB) or remove it from the tenants (--tenant-schemas, migrate.tenants.schemas)"));
			T value = task.run(name, engine(tenant, this.listeners.apply(name)));
			return new TenantResult<>(name, TenantOutcome.SUCCEEDED, Optional.ofNullable(value), Optional.empty(),
					Duration.ofNanos(System.nanoTime() - start));
		}
		catch (RuntimeException ex) {
			if (this.onFailure == TenantFailurePolicy.STOP) {
				stop.set(true);
			}
			return new TenantResult<>(name, TenantOutcome.FAILED, Optional.empty(), Optional.of(ex),
					Duration.ofNanos(System.nanoTime() - start));
		}
	}

	/** Each name's spelling in the database (schemas), or the name itself (DataSources). */
	private Map<String, Optional<String>> spellings(List<String> names) {
		Map<String, Optional<String>> spelled = new LinkedHashMap<>();
		if (!this.dataSources.isEmpty()) {
			names.forEach((name) -> spelled.put(name, Optional.of(name)));
			return spelled;
		}
		List<String> existing = TenantSession.existingSchemas(base());
		names.forEach((name) -> spelled.put(name, TenantSession.match(name, existing)));
		return spelled;
	}

	private DataSource base() {
		DataSource dataSource = this.engine.dataSource();
		if (dataSource == null) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
					"No database configured: set migrate.url (CLI: --url) or give the builder a DataSource");
		}
		return dataSource;
	}

	private static <T> TenantResult<T> await(Future<TenantResult<T>> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, "Interrupted while tenants were migrating");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("A tenant worker failed outside its task", ex.getCause());
		}
	}

	/** Daemon threads named after their pool, so a stuck tenant never keeps a JVM alive. */
	private static final class Workers implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable runnable) {
			Thread thread = new Thread(runnable, "retort-tenant-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
