package dev.retort.boot.actuate;

import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.retort.boot.autoconfigure.TenantMigrations;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.TenantOutcome;

/**
 * Gauges of the tenants' last migration in this process: {@code retort.tenants} tagged with the
 * {@code outcome} ({@code succeeded}, {@code failed}, {@code skipped}) counts tenants; with
 * {@code migrate.tenants.metrics-per-tenant=true}, {@code retort.tenant.failed} tagged with the
 * {@code tenant} is 1 while that tenant's last run failed. Per-tenant series are off by default:
 * hundreds of tenants would make hundreds of series.
 *
 * @since 0.1.0
 */
public class TenantMetrics implements MeterBinder {

	private final TenantMigrations migrations;

	private final boolean perTenant;

	/**
	 * Create the gauges.
	 * @param migrations the tenants' state
	 * @param perTenant whether to add a series per tenant
	 */
	public TenantMetrics(TenantMigrations migrations, boolean perTenant) {
		this.migrations = migrations;
		this.perTenant = perTenant;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (TenantOutcome outcome : TenantOutcome.values()) {
			Gauge.builder("retort.tenants", this.migrations, (state) -> count(state, outcome))
				.description("Tenants by how their last migration ended")
				.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
		if (this.perTenant) {
			for (String tenant : tenants()) {
				Gauge.builder("retort.tenant.failed", this.migrations,
						(state) -> (state.getOutcomes().get(tenant) == TenantOutcome.FAILED) ? 1 : 0)
					.description("Whether the tenant's last migration failed")
					.tag("tenant", tenant)
					.register(registry);
			}
		}
	}

	private List<String> tenants() {
		try {
			return this.migrations.getTenants().names();
		}
		catch (RetortException ex) {
			// the schema query failed: the startup upgrade reports it; per-tenant series follow the outcomes
			return List.copyOf(this.migrations.getOutcomes().keySet());
		}
	}

	private static double count(TenantMigrations state, TenantOutcome outcome) {
		return state.getOutcomes().values().stream().filter((value) -> value == outcome).count();
	}

}
