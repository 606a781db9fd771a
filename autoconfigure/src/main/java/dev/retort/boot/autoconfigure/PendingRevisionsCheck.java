package dev.retort.boot.autoconfigure;

import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.retort.boot.autoconfigure.MigrateProperties.OnPending;
import dev.retort.boot.autoconfigure.MigrateProperties.OnUnknownRevisions;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.Status;
import dev.retort.core.graph.RevisionHeader;

/**
 * The startup strategy when {@code migrate.auto-run=false}: apply nothing; report revisions this
 * build does not know and applied revisions whose files were edited, and warn about, fail on or
 * ignore pending revisions.
 */
final class PendingRevisionsCheck implements MigrationStrategy {

	private static final Log logger = LogFactory.getLog(RetortMigrationInitializer.class);

	private final OnPending onPending;

	private final OnUnknownRevisions onUnknownRevisions;

	private final boolean validateChecksums;

	PendingRevisionsCheck(OnPending onPending, OnUnknownRevisions onUnknownRevisions, boolean validateChecksums) {
		this.onPending = onPending;
		this.onUnknownRevisions = onUnknownRevisions;
		this.validateChecksums = validateChecksums;
	}

	@Override
	public void migrate(Retort retort) {
		Status status = retort.status();
		StartupReports.unknownRevisions(status.unknown(), this.onUnknownRevisions);
		if (this.validateChecksums && !status.current().isEmpty()) {
			StartupReports.modifiedRevisions(retort.checksums());
		}
		if (this.onPending == OnPending.IGNORE || status.upToDate()) {
			return;
		}
		String message = describe(status);
		if (this.onPending == OnPending.FAIL) {
			throw new RetortException(ErrorCode.NOT_UP_TO_DATE, message);
		}
		logger.warn(message + " Apply them with 'java -jar app.jar migrate upgrade heads' (or 'retort upgrade heads'),"
				+ " or set migrate.auto-run=true to apply them on startup.");
	}

	static String describe(Status status) {
		StringBuilder message = new StringBuilder("The database is not up to date and migrate.auto-run is false,"
				+ " so Retort applied nothing.");
		if (!status.pending().isEmpty()) {
			message.append(" Pending revisions (")
				.append(status.pending().size())
				.append("): ")
				.append(status.pending().stream().map(PendingRevisionsCheck::describe).collect(Collectors.joining(", ")))
				.append('.');
		}
		status.partial()
			.ifPresent((partial) -> message.append(" Revision '")
				.append(partial.revision())
				.append("' failed part-way (")
				.append(partial.statementsCommitted())
				.append(" of ")
				.append(partial.statementsTotal())
				.append(" statements committed)."));
		return message.toString();
	}

	private static String describe(RevisionHeader revision) {
		return revision.message().isEmpty() ? revision.id() : revision.id() + " (" + revision.message() + ")";
	}

}
