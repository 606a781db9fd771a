package dev.retort.cli;

import picocli.CommandLine.Command;

import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.Retort;

/** Alembic's {@code upgrade}. */
@Command(name = "upgrade", description = "Upgrade to a later version.")
final class UpgradeCommand extends MoveCommand {

	@Override
	String renderSql(Retort engine, String target) {
		return engine.upgradeSql(target);
	}

	@Override
	MigrationResult move(Retort engine, String target) {
		return engine.upgrade(target);
	}

}
