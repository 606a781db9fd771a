package dev.retort.core.internal.db;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.retort.core.api.ChecksumMismatch;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.ValidationResult;
import dev.retort.core.script.Script;

/**
 * Drift checks: applied revisions whose files changed, and half-applied revisions that still
 * block upgrades.
 */
final class Checksums {

	private Checksums() {
	}

	/** The applied revisions (heads, ancestors, dependencies) whose checksum differs from the one recorded. */
	static ValidationResult validate(Catalog catalog, List<String> current, Map<String, String> recorded) {
		List<ChecksumMismatch> mismatches = new ArrayList<>();
		for (String id : applied(catalog, current)) {
			String appliedChecksum = recorded.get(id);
			if (appliedChecksum == null) {
				continue; // stamped by hand or applied by another tool: nothing to compare with
			}
			Optional<Script> script = catalog.script(id);
			if (script.isEmpty()) {
				mismatches.add(new ChecksumMismatch(id, appliedChecksum, Optional.empty(), Optional.empty()));
			}
			else if (!script.get().checksum().equals(appliedChecksum)) {
				mismatches.add(new ChecksumMismatch(id, appliedChecksum, Optional.of(script.get().checksum()),
						Optional.of(script.get().revision().source())));
			}
		}
		return new ValidationResult(mismatches);
	}

	static Set<String> applied(Catalog catalog, List<String> current) {
		Set<String> ids = new LinkedHashSet<>(current);
		ids.addAll(catalog.applied(current));
		return ids;
	}

	/** More than this many mismatches are counted, not listed: a message of thousands of lines helps nobody. */
	static final int LISTED_MISMATCHES = 10;

	static void refuseMismatches(ValidationResult result, List<String> current) {
		if (result.valid()) {
			return;
		}
		StringBuilder message = new StringBuilder("Validate failed: ").append(result.mismatches().size())
			.append((result.mismatches().size() == 1) ? " applied revision differs" : " applied revisions differ")
			.append(" from the revision files; nothing was run.\n");
		for (ChecksumMismatch mismatch : result.mismatches().subList(0,
				Math.min(result.mismatches().size(), LISTED_MISMATCHES))) {
			message.append("Revision ")
				.append(mismatch.revision())
				.append(mismatch.source().map((source) -> " (" + source + ")").orElse(" (file not found)"))
				.append(":\n-> Applied to database : ")
				.append(mismatch.appliedChecksum())
				.append("\n-> Resolved locally    : ")
				.append(mismatch.resolvedChecksum().orElse("<no file>"))
				.append('\n');
		}
		int unlisted = result.mismatches().size() - LISTED_MISMATCHES;
		if (unlisted > 0) {
			message.append("... and ").append(unlisted).append(" more (`validate --json` lists them all)\n");
		}
		if (!result.modified().isEmpty()) {
			message.append("Either revert the file to what was applied, or, if the database already matches the edited"
					+ " file, run `stamp ")
				.append(Failures.target(current))
				.append("` to record the new checksum. ");
		}
		if (result.modified().size() < result.mismatches().size()) {
			message.append("Restore the missing file (`stamp` cannot record a file that is not there). ");
		}
		message.append("To skip this check, set migrate.validate-checksums=false.");
		throw new RetortException(ErrorCode.CHECKSUM_MISMATCH, message.toString());
	}

	/** A half-applied revision blocks upgrade and downgrade unless its file changed since (a retry). */
	static void refuseUnlessEdited(HistoryRow failed, Catalog catalog, MigrationContext.Command command) {
		Optional<Script> script = catalog.script(failed.revision());
		if (script.isPresent() && !script.get().checksum().equals(failed.checksum())) {
			return;
		}
		String source = script.map((s) -> " (" + s.revision().source() + ")").orElse("");
		String parents = Failures.target(failed.downRevisions());
		boolean upgrade = failed.operation().equals("upgrade");
		String label = command.name().toLowerCase(java.util.Locale.ROOT);
		throw new RetortException(ErrorCode.PARTIAL_REVISION, "Revision " + failed.revision() + source
				+ " failed part-way during " + failed.operation() + " at " + failed.startedAt() + ": "
				+ committed(failed) + " committed before it failed (" + failed.error() + "). `" + label
				+ "` refuses to run until that is resolved. "
				+ Failures.recovery(failed.revision(), upgrade ? failed.revision() : parents,
						upgrade ? parents : failed.revision(), failed.operation())
				+ " Editing the revision file lets `" + label + "` retry it.");
	}

	private static String committed(HistoryRow failed) {
		int count = failed.statementsCommitted();
		if (count == 0) {
			return "none of its " + failed.statementsTotal() + " statements was known to be";
		}
		String range = (count == 1) ? "statement 1" : "statements 1-" + count;
		return range + " of " + failed.statementsTotal() + ((count == 1) ? " was" : " were");
	}

}
