package dev.retort.boot.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.retort.boot.autoconfigure.TenantMigrations;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.Status;
import dev.retort.core.api.TenantOutcome;
import dev.retort.core.graph.RevisionHeader;

/**
 * Where one tenant stands, as the {@code migrations} endpoint lists it under {@code tenants}: its
 * current and pending revisions, read when asked, and how its last migration in this process
 * ended, with the revision it failed on.
 *
 * @since 0.1.0
 */
public final class TenantDescriptor {

	private final List<String> current;

	private final List<String> pending;

	private final boolean upToDate;

	private final @Nullable String outcome;

	private final TenantMigrations.@Nullable Failure failed;

	private final @Nullable String error;

	private TenantDescriptor(List<String> current, List<String> pending, boolean upToDate, @Nullable String outcome,
			TenantMigrations.@Nullable Failure failed, @Nullable String error) {
		this.current = current;
		this.pending = pending;
		this.upToDate = upToDate;
		this.outcome = outcome;
		this.failed = failed;
		this.error = error;
	}

	/** Every tenant in order; each status is one read of the tenant's tables. */
	static Map<String, TenantDescriptor> of(TenantMigrations migrations) {
		Map<String, TenantDescriptor> tenants = new LinkedHashMap<>();
		Map<String, TenantOutcome> outcomes = migrations.getOutcomes();
		Map<String, TenantMigrations.Failure> failures = migrations.getFailures();
		for (String tenant : migrations.getTenants().names()) {
			TenantOutcome outcome = outcomes.get(tenant);
			String label = (outcome != null) ? outcome.name().toLowerCase(java.util.Locale.ROOT) : null;
			try {
				Status status = migrations.getTenants().engine(tenant).status();
				tenants.put(tenant, new TenantDescriptor(status.current(),
						status.pending().stream().map(RevisionHeader::id).toList(), status.upToDate(), label,
						failures.get(tenant), null));
			}
			catch (RetortException ex) {
				tenants.put(tenant, new TenantDescriptor(List.of(), List.of(), false, label, failures.get(tenant),
						ex.getMessage()));
			}
		}
		return tenants;
	}

	public List<String> getCurrent() {
		return this.current;
	}

	public List<String> getPending() {
		return this.pending;
	}

	public boolean isUpToDate() {
		return this.upToDate;
	}

	/**
	 * How the tenant's last run in this process ended: {@code succeeded}, {@code failed} or
	 * {@code skipped}; {@code null} before the first run.
	 * @return the outcome
	 */
	public @Nullable String getOutcome() {
		return this.outcome;
	}

	/**
	 * The revision the last run failed on and why, when it failed.
	 * @return the failure
	 */
	public TenantMigrations.@Nullable Failure getFailed() {
		return this.failed;
	}

	/**
	 * Why the tenant's state could not be read, if it could not.
	 * @return the message
	 */
	public @Nullable String getError() {
		return this.error;
	}

}
