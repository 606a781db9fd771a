package dev.retort.boot.autoconfigure;

import dev.retort.boot.autoconfigure.MigrateProperties.OnUnknownRevisions;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.Retort;

/**
 * The startup strategy when {@code migrate.auto-run=true}: upgrade to {@code migrate.target}. A
 * database that is ahead of this build (a rolled-back release) is left as it is and reported.
 */
final class UpgradeOnStartup implements MigrationStrategy {

	private final String target;

	private final OnUnknownRevisions onUnknownRevisions;

	UpgradeOnStartup(String target, OnUnknownRevisions onUnknownRevisions) {
		this.target = target;
		this.onUnknownRevisions = onUnknownRevisions;
	}

	@Override
	public void migrate(Retort retort) {
		MigrationResult result = retort.upgrade(this.target);
		StartupReports.unknownRevisions(result.unknownRevisions(), this.onUnknownRevisions);
	}

}
