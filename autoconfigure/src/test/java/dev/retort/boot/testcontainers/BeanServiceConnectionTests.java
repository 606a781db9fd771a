package dev.retort.boot.testcontainers;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.retort.boot.AppliedRevisions;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.boot.autoconfigure.RetortConnectionDetails;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A container declared as a {@code @Bean @ServiceConnection} (Boot's development-time services, a
 * {@code @TestConfiguration}) is migrated too: Boot's {@link ServiceConnectionAutoConfiguration}
 * asks the same factories.
 */
class BeanServiceConnectionTests {

	private static volatile TestDatabase database;

	@DatabaseTest(DatabaseKind.MARIADB)
	void containerBeanShouldBeTheDatabaseRetortMigrates(TestDatabase db) throws Exception {
		database = db;
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ServiceConnectionAutoConfiguration.class,
					DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
			.withPropertyValues("migrate.url=jdbc:h2:mem:bean-not-this-one;DB_CLOSE_DELAY=-1")
			.withUserConfiguration(ContainerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(RetortConnectionDetails.class).getJdbcUrl()).isEqualTo(db.jdbcUrl());
			});
		assertThat(AppliedRevisions.of(db.dataSource())).containsExactly("ae1027a6acf0");
	}

	@Configuration(proxyBeanMethods = false)
	static class ContainerConfiguration {

		@Bean
		@ServiceConnection
		UnstartedContainer mariadb() {
			return new UnstartedContainer(database);
		}

	}

}
