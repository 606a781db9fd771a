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
 * and configurable statuses (by default {@code UP}, so that a deployment that upgrades by hand or
 * was rolled back is not taken out of service) while revisions are pending, while the version
 * table names revisions this build does not have, and while an applied revision's file differs
 * from what was applied. Details name the revisions.
 *
 * @since 0.1.0
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final Retort retort;

	private final MigrationFailures failures;

	private final Status pendingStatus;

	private final Status unknownStatus;

	private final Status modifiedStatus;

	/**
	 * Create an indicator that reports {@code UP} with details for unknown and modified revisions.
	 * @param retort the engine
	 * @param failures failures seen in this process
	 * @param pendingStatus the status to report while revisions are pending
	 */
	public MigrationsHealthIndicator(Retort retort, MigrationFailures failures, Status pendingStatus) {
		this(retort, failures, pendingStatus, Status.UP, Status.UP);
	}

	/**
	 * Create an indicator.
	 * @param retort the engine
	 * @param failures failures seen in this process
	 * @param pendingStatus the status to report while revisions are pending
	 * @param unknownStatus the status to report while the version table names revisions this build
	 * does not have (after rolling back a release)
	 * @param modifiedStatus the status to report while an applied revision's file differs from
	 * what was applied
	 */
	public MigrationsHealthIndicator(Retort retort, MigrationFailures failures, Status pendingStatus,
			Status unknownStatus, Status modifiedStatus) {
		super("Retort could not read the migration status");
		Assert.notNull(retort, "'retort' must not be null");
		Assert.notNull(failures, "'failures' must not be null");
		Assert.notNull(pendingStatus, "'pendingStatus' must not be null");
		Assert.notNull(unknownStatus, "'unknownStatus' must not be null");
		Assert.notNull(modifiedStatus, "'modifiedStatus' must not be null");
		this.retort = retort;
		this.failures = failures;
		this.pendingStatus = pendingStatus;
		this.unknownStatus = unknownStatus;
		this.modifiedStatus = modifiedStatus;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		dev.retort.core.api.Status status = this.retort.status();
		List<String> pending = status.pending().stream().map(RevisionHeader::id).toList();
		builder.withDetail("current", status.current()).withDetail("heads", status.heads());
		if (!pending.isEmpty()) {
			builder.withDetail("pending", pending);
		}
		if (!status.unknown().isEmpty()) {
			builder.withDetail("unknown", status.unknown());
		}
		List<Map<String, Object>> modified = modified(status);
		if (!modified.isEmpty()) {
			builder.withDetail("modified", modified);
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
		else {
			builder.status(worst(pending.isEmpty() ? Status.UP : this.pendingStatus,
					status.unknown().isEmpty() ? Status.UP : this.unknownStatus,
					modified.isEmpty() ? Status.UP : this.modifiedStatus));
		}
	}

	/** The first of the statuses that is not {@code UP}; {@code UP} when all are. */
	private static Status worst(Status... statuses) {
		for (Status candidate : statuses) {
			if (!candidate.equals(Status.UP)) {
				return candidate;
			}
		}
		return Status.UP;
	}

	/** Applied revisions whose files changed since, with both checksums; none when validation is off. */
	private List<Map<String, Object>> modified(dev.retort.core.api.Status status) {
		if (status.current().isEmpty() || !this.retort.configuration().validateChecksums()) {
			return List.of();
		}
		return this.retort.checksums()
			.modified()
			.stream()
			.map((mismatch) -> {
				Map<String, Object> details = new LinkedHashMap<>();
				details.put("revision", mismatch.revision());
				details.put("appliedChecksum", mismatch.appliedChecksum());
				details.put("resolvedChecksum", mismatch.resolvedChecksum().get());
				return details;
			})
			.toList();
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
