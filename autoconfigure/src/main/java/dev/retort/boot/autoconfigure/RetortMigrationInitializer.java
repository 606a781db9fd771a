package dev.retort.boot.autoconfigure;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;
import org.springframework.util.Assert;

import dev.retort.core.api.Retort;

/**
 * Runs a {@link MigrationStrategy} when the context starts. Boot treats beans of this type as
 * database initializers: JPA, {@code JdbcTemplate} users and {@code spring.sql.init} wait for it.
 *
 * @since 0.1.0
 */
public class RetortMigrationInitializer implements InitializingBean, Ordered {

	private final Retort retort;

	private final MigrationStrategy strategy;

	private int order;

	/**
	 * Create an initializer that upgrades to {@code heads}.
	 * @param retort the engine
	 */
	public RetortMigrationInitializer(Retort retort) {
		this(retort, (engine) -> engine.upgrade("heads"));
	}

	/**
	 * Create an initializer that runs a strategy.
	 * @param retort the engine
	 * @param strategy what to do with the database
	 */
	public RetortMigrationInitializer(Retort retort, MigrationStrategy strategy) {
		Assert.notNull(retort, "'retort' must not be null");
		Assert.notNull(strategy, "'strategy' must not be null");
		this.retort = retort;
		this.strategy = strategy;
	}

	@Override
	public void afterPropertiesSet() {
		this.strategy.migrate(this.retort);
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	public void setOrder(int order) {
		this.order = order;
	}

}
