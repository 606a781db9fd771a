package dev.retort.boot.autoconfigure;

import java.util.function.UnaryOperator;

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

	/**
	 * A copy of this initializer whose strategy is wrapped, for example to observe it. The strategy
	 * itself stays as the application defined it (or the default upgrade).
	 * @param decorator receives this initializer's strategy and returns the one to run
	 * @return the copy, with the same order
	 */
	public RetortMigrationInitializer decorate(UnaryOperator<MigrationStrategy> decorator) {
		Assert.notNull(decorator, "'decorator' must not be null");
		RetortMigrationInitializer copy = new RetortMigrationInitializer(this.retort, decorator.apply(this.strategy));
		copy.setOrder(this.order);
		return copy;
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
