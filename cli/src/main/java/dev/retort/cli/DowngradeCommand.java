package dev.retort.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;

/** Alembic's {@code downgrade}. */
@Command(name = "downgrade", description = "Revert to a previous version.")
final class DowngradeCommand extends MoveCommand {

	@Override
	String renderSql(Retort engine, String target, @Nullable String tag) {
		if (!target.contains(":")) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, "downgrade with --sql requires <fromrev>:<torev>");
		}
		return engine.downgradeSql(target, tag);
	}

	@Override
	MigrationResult move(Retort engine, String target, @Nullable String tag) {
		return engine.downgrade(target, tag);
	}

}
