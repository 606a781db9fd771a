package dev.retort.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.ChecksumMismatch;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.ValidationResult;

/** Compares the checksums recorded for applied revisions with the files on disk. */
@Command(name = "validate", description = "Check that applied revisions match their files.")
final class ValidateCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Override
	public Integer call() {
		ValidationResult result = this.root.engine().validate();
		if (this.json) {
			List<Map<String, Object>> mismatches = result.mismatches().stream().map(ValidateCommand::json).toList();
			this.root.io.out().println(Json.write(Map.of("valid", result.valid(), "mismatches", mismatches)));
		}
		else if (result.valid()) {
			this.root.io.out().println("All applied revisions match their files.");
		}
		if (!result.valid()) {
			StringBuilder message = new StringBuilder(result.mismatches().size()
					+ " applied revision(s) changed since they ran:");
			for (ChecksumMismatch mismatch : result.mismatches()) {
				message.append("\n  ").append(mismatch.revision()).append(" (")
					.append(mismatch.source().orElse("file missing")).append(")")
					.append("\n  -> Applied to database : ").append(mismatch.appliedChecksum())
					.append("\n  -> Resolved locally    : ").append(mismatch.resolvedChecksum().orElse("<no file>"));
			}
			if (!result.modified().isEmpty()) {
				message.append("\nEither revert the edited files, or run 'stamp' after checking the schema matches them.");
			}
			if (result.modified().size() < result.mismatches().size()) {
				message.append("\nA revision whose file is missing was applied by a newer release (this build is older"
						+ " than the database), or its file was deleted: restore the file, or run the commands with the"
						+ " release that has it. 'stamp' cannot record a file that is not there.");
			}
			throw new RetortException(ErrorCode.CHECKSUM_MISMATCH, message.toString());
		}
		return 0;
	}

	private static Map<String, Object> json(ChecksumMismatch mismatch) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("revision", mismatch.revision());
		out.put("appliedChecksum", mismatch.appliedChecksum());
		out.put("resolvedChecksum", mismatch.resolvedChecksum().orElse(null));
		out.put("source", mismatch.source().orElse(null));
		return out;
	}

}
