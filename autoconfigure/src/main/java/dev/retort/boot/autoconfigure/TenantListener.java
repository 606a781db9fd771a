package dev.retort.boot.autoconfigure;

import java.time.Duration;
import java.util.function.BiConsumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Step;

/** One tenant's progress in the log, with the tenant's name; notes the revision a tenant failed on. */
final class TenantListener implements MigrationListener {

	private static final Log logger = LogFactory.getLog(RetortMigrationInitializer.class);

	private final String tenant;

	private final BiConsumer<String, String> failures;

	TenantListener(String tenant, BiConsumer<String, String> failures) {
		this.tenant = tenant;
		this.failures = failures;
	}

	@Override
	public void lockWaiting(String holder, Duration timeout) {
		logger.warn(this.tenant + ": waiting up to " + timeout.toSeconds() + "s for the migration lock held by "
				+ holder);
	}

	@Override
	public void stepStarting(Step step) {
		logger.info(this.tenant + ": Running " + step.describe());
	}

	@Override
	public void stepFailed(Step step, RetortException failure) {
		this.failures.accept(this.tenant, step.revision().id());
	}

}
