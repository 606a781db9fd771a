package dev.retort.boot.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.util.Assert;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.TenantOutcome;
import dev.retort.core.api.TenantResult;
import dev.retort.core.api.TenantRun;
import dev.retort.core.api.Tenants;
import dev.retort.core.api.TenantsBuilder;

/**
 * The application's tenants and how each one's last migration in this process ended, for the
 * startup upgrade, the {@code migrations} endpoint, health and metrics.
 *
 * @since 0.1.0
 */
public class TenantMigrations {

	private final Tenants tenants;

	private final boolean failStartup;

	private final Map<String, Failure> failedRevisions = new ConcurrentHashMap<>();

	private volatile Map<String, TenantOutcome> outcomes = Map.of();

	private volatile Map<String, String> messages = Map.of();

	/**
	 * Create the tenants' state.
	 * @param tenants the tenants' configuration; each tenant's engine gets a listener that logs
	 * with the tenant's name, notes a failed revision and hands events on to {@code listeners}
	 * @param listeners listeners every tenant's engine shares (metrics, for example)
	 * @param failStartup whether {@link #upgrade(String)} throws when a tenant failed
	 */
	public TenantMigrations(TenantsBuilder tenants, List<MigrationListener> listeners, boolean failStartup) {
		Assert.notNull(tenants, "'tenants' must not be null");
		List<MigrationListener> shared = List.copyOf(listeners);
		this.tenants = tenants.listeners((tenant) -> {
			List<MigrationListener> all = new java.util.ArrayList<>();
			all.add(new TenantListener(tenant, this::failed));
			all.addAll(shared);
			return MigrationListener.composite(all);
		}).load();
		this.failStartup = failStartup;
	}

	/**
	 * @return the tenants
	 */
	public Tenants getTenants() {
		return this.tenants;
	}

	/**
	 * Upgrade every tenant to a target and remember how each ended.
	 * @param target the target
	 * @return the run
	 * @throws RetortException naming the failed tenants when a tenant failed and the start must fail
	 */
	public TenantRun<MigrationResult> upgrade(String target) {
		this.failedRevisions.clear();
		TenantRun<MigrationResult> run = this.tenants.run((tenant, engine) -> engine.upgrade(target));
		record(run);
		if (this.failStartup && !run.failed().isEmpty()) {
			String detail = run.results().stream()
				.filter((result) -> result.outcome() == TenantOutcome.FAILED)
				.limit(10)
				.map((result) -> result.tenant() + ": " + result.failureMessage().orElse(""))
				.collect(Collectors.joining("\n  "));
			throw new RetortException(ErrorCode.REVISION_FAILED, run.failed().size() + " of " + run.results().size()
					+ " tenants failed to migrate " + run.failed() + ":\n  " + detail
					+ "\nFix them and restart, or set migrate.tenants.fail-startup=false to start anyway and report"
					+ " them in health and the migrations endpoint.");
		}
		return run;
	}

	/** Note the revision a tenant failed on, as its listener hears it. */
	void failed(String tenant, String revision) {
		this.failedRevisions.put(tenant, new Failure(revision, ""));
	}

	private void record(TenantRun<?> run) {
		Map<String, TenantOutcome> outcomes = new LinkedHashMap<>();
		Map<String, String> messages = new LinkedHashMap<>();
		for (TenantResult<?> result : run.results()) {
			outcomes.put(result.tenant(), result.outcome());
			result.failureMessage().ifPresent((message) -> messages.put(result.tenant(), message));
			if (result.outcome() != TenantOutcome.FAILED) {
				this.failedRevisions.remove(result.tenant());
			}
		}
		this.outcomes = outcomes;
		this.messages = messages;
	}

	/**
	 * How each tenant's last run in this process ended, in tenant order; empty before the first run.
	 * @return the outcomes by tenant
	 */
	public Map<String, TenantOutcome> getOutcomes() {
		return this.outcomes;
	}

	/**
	 * The tenants whose last run failed, with the revision it failed on (when a revision failed)
	 * and the message.
	 * @return the failures by tenant
	 */
	public Map<String, Failure> getFailures() {
		Map<String, Failure> failures = new LinkedHashMap<>();
		this.outcomes.forEach((tenant, outcome) -> {
			if (outcome == TenantOutcome.FAILED) {
				String revision = Optional.ofNullable(this.failedRevisions.get(tenant)).map(Failure::revision).orElse("");
				failures.put(tenant, new Failure(revision, this.messages.getOrDefault(tenant, "")));
			}
		});
		return failures;
	}

	/**
	 * The tenants whose last run failed.
	 * @return their names
	 */
	public List<String> getFailed() {
		return List.copyOf(getFailures().keySet());
	}

	/**
	 * Why a tenant failed.
	 *
	 * @param revision the revision that failed, or empty when the tenant failed before running one
	 * @param message the failure's message
	 */
	public record Failure(String revision, String message) {

	}

}
