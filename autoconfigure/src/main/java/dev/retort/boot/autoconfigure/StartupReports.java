package dev.retort.boot.autoconfigure;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.retort.boot.autoconfigure.MigrateProperties.OnUnknownRevisions;
import dev.retort.core.api.ChecksumMismatch;
import dev.retort.core.api.UnknownRevisions;
import dev.retort.core.api.ValidationResult;

/**
 * What a start reports about a database it did not (or could not) move: revisions this build does
 * not know, and applied revisions whose files were edited since.
 */
final class StartupReports {

	private static final Log logger = LogFactory.getLog(RetortMigrationInitializer.class);

	private StartupReports() {
	}

	/** Warns naming the unknown revisions, or fails with {@code UNKNOWN_REVISION} when so configured. */
	static void unknownRevisions(List<String> unknown, OnUnknownRevisions policy) {
		if (unknown.isEmpty()) {
			return;
		}
		if (policy == OnUnknownRevisions.FAIL) {
			throw UnknownRevisions.failure(unknown, "Start the release that has "
					+ ((unknown.size() == 1) ? "it" : "them")
					+ ", downgrade with that release first, or set migrate.on-unknown-revisions=warn to start anyway.");
		}
		logger.warn(UnknownRevisions.describe(unknown) + " The application starts anyway; set"
				+ " migrate.on-unknown-revisions=fail to refuse instead.");
	}

	/** Warns once per applied revision whose file is there and differs from what was applied. */
	static void modifiedRevisions(ValidationResult checksums) {
		for (ChecksumMismatch mismatch : checksums.modified()) {
			logger.warn("Applied revision " + mismatch.revision() + mismatch.source().map((s) -> " (" + s + ")").orElse("")
					+ " was edited after it ran: applied " + mismatch.appliedChecksum() + ", file now "
					+ mismatch.resolvedChecksum().get() + ". Revert the file and put the change in a new revision;"
					+ " 'upgrade' refuses to run until then (unless migrate.validate-checksums=false).");
		}
	}

}
