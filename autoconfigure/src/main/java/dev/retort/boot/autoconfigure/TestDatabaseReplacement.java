package dev.retort.boot.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Recognises a DataSource that Spring Boot's test support put in place of the application's
 * ({@code @AutoConfigureTestDatabase}, and the {@code @DataJpaTest} and {@code @JdbcTest} slices
 * that include it). Such a test means to run against that database only, so Retort migrates it
 * and leaves {@code migrate.url}, {@code migrate.user}, {@code migrate.password} and a
 * {@code @MigrateDataSource} bean aside: they name a database the test must not change.
 */
final class TestDatabaseReplacement {

	/** The factory bean that Boot's test support registers in place of the application's DataSource. */
	private static final String FACTORY_BEAN = "org.springframework.boot.jdbc.test.autoconfigure."
			+ "TestDatabaseAutoConfiguration$EmbeddedDataSourceFactoryBean";

	private TestDatabaseReplacement() {
	}

	static boolean isPresent(ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
			if (beanFactory.containsBeanDefinition(name)) {
				BeanDefinition definition = beanFactory.getMergedBeanDefinition(name);
				if (FACTORY_BEAN.equals(definition.getBeanClassName())) {
					return true;
				}
			}
		}
		return false;
	}

}
