package dev.retort.core.api;

import java.util.Objects;
import java.util.Optional;

/**
 * An applied revision whose file changed or disappeared since it ran.
 *
 * @param revision the revision id
 * @param appliedChecksum the checksum recorded when it was applied
 * @param resolvedChecksum the checksum of the file now; empty when the file is gone
 * @param source the file now; empty when the file is gone
 * @since 0.1.0
 */
public record ChecksumMismatch(String revision, String appliedChecksum, Optional<String> resolvedChecksum,
		Optional<String> source) {

	public ChecksumMismatch {
		Objects.requireNonNull(revision, "'revision' must not be null");
		Objects.requireNonNull(appliedChecksum, "'appliedChecksum' must not be null");
	}

}
