package dev.retort.boot.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link RetortMigrationInitializer}: beans that depend
 * on database initialization (JPA, {@code JdbcTemplate}, ...) wait for it. Ordered before
 * {@code spring.sql.init} scripts, so those may fill tables that revisions create.
 */
final class RetortMigrationInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(RetortMigrationInitializer.class);
	}

	@Override
	public int getOrder() {
		return 1;
	}

}
