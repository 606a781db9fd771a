package dev.retort.boot.autoconfigure;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.graph.Step;

/**
 * Logs the engine's progress with the lines the CLI prints, so startup logs show what ran.
 */
final class LoggingMigrationListener implements MigrationListener {

	private static final Log logger = LogFactory.getLog(RetortMigrationInitializer.class);

	@Override
	public void lockWaiting(String holder, Duration timeout) {
		logger.warn("Waiting up to " + timeout.toSeconds() + "s for the migration lock held by " + holder);
	}

	@Override
	public void notice(String message) {
		logger.warn(message);
	}

	@Override
	public void stepStarting(Step step) {
		logger.info("Running " + step.describe());
	}

	@Override
	public void stepFinished(AppliedStep step) {
		if (logger.isDebugEnabled()) {
			logger.debug("Finished " + step.step().describe() + " in " + step.duration().toMillis() + " ms");
		}
	}

}
