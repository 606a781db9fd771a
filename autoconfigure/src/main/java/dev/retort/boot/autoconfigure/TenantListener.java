package dev.retort.boot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Step;

/** One tenant's listener: logs with the tenant's name, notes a failed revision, hands events on. */
final class TenantListener implements MigrationListener {

	private static final Log logger = LogFactory.getLog(RetortMigrationInitializer.class);

	private final String tenant;

	private final List<MigrationListener> delegates;

	private final BiConsumer<String, String> failures;

	TenantListener(String tenant, List<MigrationListener> delegates, BiConsumer<String, String> failures) {
		this.tenant = tenant;
		this.delegates = delegates;
		this.failures = failures;
	}

	@Override
	public void lockWaiting(String holder, Duration timeout) {
		logger.warn(this.tenant + ": waiting up to " + timeout.toSeconds() + "s for the migration lock held by "
				+ holder);
		this.delegates.forEach((listener) -> listener.lockWaiting(holder, timeout));
	}

	@Override
	public void stepStarting(Step step) {
		logger.info(this.tenant + ": Running " + step.describe());
		this.delegates.forEach((listener) -> listener.stepStarting(step));
	}

	@Override
	public void stepFinished(AppliedStep step) {
		this.delegates.forEach((listener) -> listener.stepFinished(step));
	}

	@Override
	public void stepFailed(Step step, RetortException failure) {
		this.failures.accept(this.tenant, step.revision().id());
		this.delegates.forEach((listener) -> listener.stepFailed(step, failure));
	}

}
