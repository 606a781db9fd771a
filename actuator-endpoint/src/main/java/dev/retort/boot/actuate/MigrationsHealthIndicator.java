package dev.retort.boot.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.Assert;

import dev.retort.core.api.PartialRevision;
import dev.retort.core.api.Retort;
import dev.retort.core.graph.RevisionHeader;

/**
 * {@link HealthIndicator} for a {@link Retort} engine's database: {@code UP} at the heads,
 * {@code DOWN} while a revision is half-applied or failed in this process and is still pending,
 * and a configurable status (by default {@code UP}, so that a deployment that upgrades by hand is
 * not taken out of service) while revisions are pending. Details name the revisions.
 *
 * @since 0.1.0
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final Retort retort;

	private final MigrationFailures failures;

	private final Status pendingStatus;

	/**
	 * Create an indicator.
	 * @param retort the engine
	 * @param failures failures seen in this process
	 * @param pendingStatus the status to report while revisions are pending
	 */
	public MigrationsHealthIndicator(Retort retort, MigrationFailures failures, Status pendingStatus) {
		super("Retort could not read the migration status");
		Assert.notNull(retort, "'retort' must not be null");
		Assert.notNull(failures, "'failures' must not be null");
		Assert.notNull(pendingStatus, "'pendingStatus' must not be null");
		this.retort = retort;
		this.failures = failures;
		this.pendingStatus = pendingStatus;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		dev.retort.core.api.Status status = this.retort.status();
		List<String> pending = status.pending().stream().map(RevisionHeader::id).toList();
		builder.withDetail("current", status.current()).withDetail("heads", status.heads());
		if (!pending.isEmpty()) {
			builder.withDetail("pending", pending);
		}
		Optional<PartialRevision> partial = status.partial();
		Optional<MigrationFailures.Failure> failed = pending.stream()
			.map(this.failures::find)
			.flatMap(Optional::stream)
			.findFirst();
		if (partial.isPresent()) {
			builder.down().withDetail("partial", describe(partial.get()));
		}
		else if (failed.isPresent()) {
			builder.down().withDetail("failed", describe(failed.get()));
		}
		else if (!pending.isEmpty()) {
			builder.status(this.pendingStatus);
		}
		else {
			builder.up();
		}
	}

	private static Map<String, Object> describe(PartialRevision partial) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("revision", partial.revision());
		details.put("operation", partial.operation());
		details.put("statementsCommitted", partial.statementsCommitted());
		details.put("statementsTotal", partial.statementsTotal());
		details.put("failedAt", partial.failedAt().toString());
		return details;
	}

	private static Map<String, Object> describe(MigrationFailures.Failure failure) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("revision", failure.revision());
		details.put("operation", failure.operation());
		details.put("code", failure.code().name());
		details.put("failedAt", failure.failedAt().toString());
		return details;
	}

}
