package dev.retort.boot.autoconfigure;

import java.util.List;
import java.util.function.Consumer;

import dev.retort.boot.autoconfigure.MigrateProperties.OnUnknownRevisions;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.Retort;
import dev.retort.core.lint.Finding;

/**
 * The startup strategy when {@code migrate.auto-run=true}: upgrade to {@code migrate.target}. A
 * database that is ahead of this build (a rolled-back release) is left as it is and reported.
 */
final class UpgradeOnStartup implements MigrationStrategy {

	private final String target;

	private final OnUnknownRevisions onUnknownRevisions;

	private final MigrateProperties.Lint.OnStartup lint;

	UpgradeOnStartup(String target, OnUnknownRevisions onUnknownRevisions, MigrateProperties.Lint.OnStartup lint) {
		this.target = target;
		this.onUnknownRevisions = onUnknownRevisions;
		this.lint = lint;
	}

	@Override
	public void migrate(Retort retort) {
		// the start-up lint runs inside the upgrade, on the version-table read that finds what is pending
		MigrationResult result = (this.lint != MigrateProperties.Lint.OnStartup.OFF)
				? retort.upgradeLinted(this.target, new LintCheck(this.lint)) : retort.upgrade(this.target);
		StartupReports.unknownRevisions(result.unknownRevisions(), this.onUnknownRevisions);
	}

	/** {@link StartupLint#check} as the upgrade's hook (a class, not a lambda: see {@code StartupLint}). */
	private record LintCheck(MigrateProperties.Lint.OnStartup mode) implements Consumer<List<Finding>> {

		@Override
		public void accept(List<Finding> findings) {
			StartupLint.check(this.mode, findings);
		}

	}

}
