package dev.retort.boot.autoconfigure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.retort.core.api.TenantOutcome;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code migrate.tenants.*} and {@link RetortTenantDataSources} (issue 21).
 */
class RetortTenantsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class));

	private ApplicationContextRunner on(TestDatabase db) {
		return this.contextRunner.withPropertyValues("spring.datasource.url=" + db.jdbcUrl(),
				"spring.datasource.username=" + db.user(), "spring.datasource.password=" + db.password());
	}

	@DatabaseTest
	void runWithTenantSchemasShouldUpgradeEveryTenantAndLeaveTheDefaultSchemaAlone(TestDatabase db) throws Exception {
		String first = db.createTenant("ta");
		String second = db.createTenant("tb");
		on(db).withPropertyValues("migrate.tenants.schemas=" + first + "," + second, "migrate.tenants.parallelism=2")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(TenantMigrations.class);
				TenantMigrations tenants = context.getBean(TenantMigrations.class);
				assertThat(tenants.getOutcomes()).containsExactly(Map.entry(first, TenantOutcome.SUCCEEDED),
						Map.entry(second, TenantOutcome.SUCCEEDED));
				assertThat(versions(db, first)).containsExactly("ae1027a6acf0");
				assertThat(versions(db, second)).containsExactly("ae1027a6acf0");
				assertThat(tables(db, db.schema())).isEmpty();
			});
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void runWhenATenantFailsShouldFailTheStartNamingIt(TestDatabase db) throws Exception {
		String first = db.createTenant("ta");
		String second = db.createTenant("tb");
		execute(db, "CREATE TABLE tb.users (id INT)");
		on(db).withPropertyValues("migrate.tenants.schemas=" + first + "," + second).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("1 of 2 tenants failed to migrate [tb]")
				.hasMessageContaining("migrate.tenants.fail-startup=false");
		});
		assertThat(versions(db, first)).containsExactly("ae1027a6acf0");
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void runWhenATenantFailsAndFailStartupIsOffShouldStartAndReportIt(TestDatabase db) throws Exception {
		String first = db.createTenant("ta");
		String second = db.createTenant("tb");
		execute(db, "CREATE TABLE tb.users (id INT)");
		on(db).withPropertyValues("migrate.tenants.schemas=" + first + "," + second, "migrate.tenants.fail-startup=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				TenantMigrations tenants = context.getBean(TenantMigrations.class);
				assertThat(tenants.getFailed()).containsExactly("tb");
				assertThat(tenants.getFailures().get("tb").revision()).isEqualTo("1975ea83b712");
				assertThat(tenants.getFailures().get("tb").message()).contains("users");
			});
	}

	@Test
	void runWithTenantDataSourcesShouldUpgradeEachDatabase() throws Exception {
		try (TestDatabase one = TestDatabase.create(DatabaseKind.H2);
				TestDatabase two = TestDatabase.create(DatabaseKind.H2)) {
			this.contextRunner.withPropertyValues("spring.datasource.generate-unique-name=true")
				.withBean(RetortTenantDataSources.class, () -> () -> {
					Map<String, DataSource> byTenant = new LinkedHashMap<>();
					byTenant.put("acme", one.dataSource());
					byTenant.put("globex", two.dataSource());
					return byTenant;
				})
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(TenantMigrations.class).getOutcomes()).containsOnlyKeys("acme", "globex");
					assertThat(versions(one, one.schema())).containsExactly("ae1027a6acf0");
					assertThat(versions(two, two.schema())).containsExactly("ae1027a6acf0");
				});
		}
	}

	@Test
	void runWithoutTenantsShouldNotDefineTenantMigrations() {
		this.contextRunner.withPropertyValues("spring.datasource.generate-unique-name=true")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TenantMigrations.class));
	}

	private static void execute(TestDatabase db, String sql) throws SQLException {
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String schema(TestDatabase db, String tenant) {
		return (db.kind() == DatabaseKind.H2) ? tenant.toUpperCase(Locale.ROOT) : tenant;
	}

	private static List<String> versions(TestDatabase db, String tenant) throws SQLException {
		List<String> rows = new ArrayList<>();
		String table = (db.kind() == DatabaseKind.MARIADB) ? "`" + tenant + "`.retort_version"
				: "\"" + schema(db, tenant) + "\".\"retort_version\"";
		try (Connection connection = db.connection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version_num FROM " + table)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private static List<String> tables(TestDatabase db, String schema) throws SQLException {
		List<String> names = new ArrayList<>();
		boolean catalog = db.kind() == DatabaseKind.MARIADB;
		try (Connection connection = db.connection();
				ResultSet rows = connection.getMetaData().getTables(catalog ? schema : null, catalog ? null : schema, "%",
						new String[] { "TABLE" })) {
			while (rows.next()) {
				names.add(rows.getString("TABLE_NAME"));
			}
		}
		return names;
	}

}
