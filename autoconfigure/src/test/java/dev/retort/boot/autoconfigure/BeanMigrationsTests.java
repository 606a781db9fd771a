package dev.retort.boot.autoconfigure;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import db.beanrevisions.TableName;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

import static org.assertj.core.api.Assertions.assertThat;

/** Java revisions are created as Spring beans: constructor injection works. */
class BeanMigrationsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "migrate.locations=classpath:db/beanrevisions");

	@Test
	void runWhenJavaRevisionTakesABeanShouldInjectIt() {
		this.contextRunner.withUserConfiguration(TableNameConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			DataSource dataSource = context.getBean(DataSource.class);
			assertThat(RetortAutoConfigurationTests.versions(dataSource)).containsExactly("b0b0b0b0b0b0");
			assertThat(RetortAutoConfigurationTests.tableExists(dataSource, "INJECTED_THINGS")).isTrue();
		});
	}

	@Test
	void runWhenTheBeanIsMissingShouldFailNamingTheRevisionClass() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("TableName");
			assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(
					org.springframework.beans.factory.NoSuchBeanDefinitionException.class);
			Throwable retort = context.getStartupFailure();
			while (retort != null && !(retort instanceof RetortException)) {
				retort = retort.getCause();
			}
			assertThat(retort).isInstanceOf(RetortException.class)
				.hasMessageContaining("db.beanrevisions.CreateNamedTable cannot be created");
			assertThat(((RetortException) retort).code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class TableNameConfiguration {

		@Bean
		TableName tableName() {
			return new TableName("injected_things");
		}

	}

}
