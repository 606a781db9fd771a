package dev.retort.boot.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.Assert;

import dev.retort.boot.autoconfigure.TenantMigrations;

/**
 * {@code DOWN} while any tenant's last migration in this process failed, naming those tenants
 * with the revision and message; {@code UP} otherwise. Reads no database.
 *
 * @since 0.1.0
 */
public class TenantsHealthIndicator extends AbstractHealthIndicator {

	private final TenantMigrations migrations;

	/**
	 * Create an indicator.
	 * @param migrations the tenants' state
	 */
	public TenantsHealthIndicator(TenantMigrations migrations) {
		super("Retort could not report the tenants' state");
		Assert.notNull(migrations, "'migrations' must not be null");
		this.migrations = migrations;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Map<String, TenantMigrations.Failure> failures = this.migrations.getFailures();
		builder.withDetail("tenants", this.migrations.getOutcomes().size());
		if (failures.isEmpty()) {
			builder.up();
			return;
		}
		Map<String, Object> failed = new LinkedHashMap<>();
		failures.forEach((tenant, failure) -> failed.put(tenant,
				Map.of("revision", failure.revision(), "message", failure.message())));
		builder.down().withDetail("failed", failed);
	}

}
