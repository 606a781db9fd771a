package dev.retort.boot.autoconfigure;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.retort.boot.AppliedRevisions;
import dev.retort.core.api.Retort;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link RetortConnectionDetails} bean (what a service connection defines) decides the database
 * Retort migrates, over {@code migrate.url} and the application's DataSource.
 */
class RetortConnectionDetailsTests {

	private static final String APP_URL = RetortAutoConfigurationTests.uniqueH2Url();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class));

	@Test
	void runWithoutDetailsBeanShouldAdaptMigrateProperties() {
		String url = RetortAutoConfigurationTests.uniqueH2Url();
		this.contextRunner.withPropertyValues("migrate.url=" + url, "migrate.user=sa", "migrate.password=secret",
				"migrate.driver-class-name=org.h2.Driver")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				RetortConnectionDetails details = context.getBean(RetortConnectionDetails.class);
				assertThat(details).isInstanceOf(PropertiesRetortConnectionDetails.class);
				assertThat(details.getJdbcUrl()).isEqualTo(url);
				assertThat(details.getUsername()).isEqualTo("sa");
				assertThat(details.getPassword()).isEqualTo("secret");
				assertThat(details.getDriverClassName()).isEqualTo("org.h2.Driver");
			});
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void runWithDetailsBeanShouldMigrateItsDatabaseAndNotTheApplicationsNorMigrateUrl(TestDatabase db)
			throws Exception {
		String migrateUrl = RetortAutoConfigurationTests.uniqueH2Url();
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + APP_URL, "migrate.url=" + migrateUrl, "migrate.user=sa")
			.withBean(RetortConnectionDetails.class, () -> details(db.jdbcUrl(), db.user(), db.password()))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBeans(RetortConnectionDetails.class).hasSize(1);
				assertThat(context.getBean(Retort.class).current()).containsExactly("ae1027a6acf0");
			});
		assertThat(AppliedRevisions.of(db.dataSource())).containsExactly("ae1027a6acf0");
		assertThat(AppliedRevisions.of(h2(APP_URL))).isEmpty();
		assertThat(AppliedRevisions.of(h2(migrateUrl))).isEmpty();
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void runWithDetailsBeanAndNoDataSourceShouldMigrateItsDatabase(TestDatabase db) throws Exception {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class))
			.withBean(RetortConnectionDetails.class, () -> details(db.jdbcUrl(), db.user(), db.password()))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(Retort.class));
		assertThat(AppliedRevisions.of(db.dataSource())).containsExactly("ae1027a6acf0");
	}

	private static DataSource h2(String url) {
		return new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
	}

	static RetortConnectionDetails details(String url, String user, String password) {
		return new RetortConnectionDetails() {

			@Override
			public @Nullable String getJdbcUrl() {
				return url;
			}

			@Override
			public @Nullable String getUsername() {
				return user;
			}

			@Override
			public @Nullable String getPassword() {
				return password;
			}

		};
	}

}
