package dev.retort.core.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A revision that failed part-way on a database that commits DDL implicitly (MariaDB, MySQL, H2):
 * some of its statements are in the schema, the version table does not say so. Upgrades are refused
 * until it is resolved.
 *
 * @param revision the revision id
 * @param operation {@code upgrade} or {@code downgrade}
 * @param statementsCommitted how many statements ran before the failing one
 * @param statementsTotal how many statements the revision has
 * @param checksum the revision's checksum when it failed; editing the file changes it and allows a retry
 * @param failedAt when it failed
 * @since 0.1.0
 */
public record PartialRevision(String revision, String operation, int statementsCommitted, int statementsTotal,
		String checksum, Instant failedAt) {

	public PartialRevision {
		Objects.requireNonNull(revision, "'revision' must not be null");
		Objects.requireNonNull(operation, "'operation' must not be null");
		Objects.requireNonNull(checksum, "'checksum' must not be null");
		Objects.requireNonNull(failedAt, "'failedAt' must not be null");
	}

}
