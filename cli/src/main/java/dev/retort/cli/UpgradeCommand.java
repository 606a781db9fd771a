package dev.retort.cli;

import java.util.List;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;

import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.Retort;
import dev.retort.core.api.UnknownRevisions;

/** Alembic's {@code upgrade}. */
@Command(name = "upgrade", description = "Upgrade to a later version.")
final class UpgradeCommand extends MoveCommand {

	@Override
	String renderSql(Retort engine, String target, @Nullable String tag) {
		return engine.upgradeSql(target, tag);
	}

	@Override
	MigrationResult move(Retort engine, String target, @Nullable String tag) {
		return engine.upgrade(target, tag);
	}

	@Override
	void nothingRan(MigrationResult result) {
		if (!result.unknownRevisions().isEmpty()) {
			this.root.io.err().println("Nothing to upgrade: " + UnknownRevisions.describe(result.unknownRevisions())
					+ " Upgrade with the release that has them, or downgrade with it first.");
			return;
		}
		// a process that waited for another one's lock should say why it did nothing
		List<String> heads = result.headsAfter();
		this.root.io.err().println("Nothing to upgrade: the database is already at "
				+ (heads.isEmpty() ? "<base>" : String.join(", ", heads)) + " (target '" + this.target + "')");
	}

}
