package dev.retort.cli;

import picocli.CommandLine.Command;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;

/** Alembic's {@code downgrade}. */
@Command(name = "downgrade", description = "Revert to a previous version.")
final class DowngradeCommand extends MoveCommand {

	@Override
	String renderSql(Retort engine, String target) {
		if (!target.contains(":")) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, "downgrade with --sql requires <fromrev>:<torev>");
		}
		return engine.downgradeSql(target);
	}

	@Override
	MigrationResult move(Retort engine, String target) {
		return engine.downgrade(target);
	}

}
