package dev.retort.boot.actuate;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import dev.retort.boot.actuate.RunningApp.Response;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenants in the {@code migrations} endpoint, health and metrics (issue 21): each tenant's current,
 * pending and failed revisions; health DOWN naming the failed tenant; gauges by outcome, and by
 * tenant only when asked.
 */
class TenantsEndpointDatabaseTests {

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void endpointHealthAndMetricsNameTheTenantThatFailed(TestDatabase db) throws Exception {
		String ok = db.createTenant("ta");
		String broken = db.createTenant("tb");
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			// the first revision creates account: it fails in the broken tenant
			statement.execute("CREATE TABLE " + broken + ".account (id INT)");
		}
		try (RunningApp app = RunningApp.start("spring.datasource.url=" + db.jdbcUrl(),
				"spring.datasource.username=" + db.user(), "spring.datasource.password=" + db.password(),
				"migrate.locations=classpath:db/linear", "migrate.tenants.schemas=" + ok + "," + broken,
				"migrate.tenants.fail-startup=false", "migrate.tenants.metrics-per-tenant=true")) {
			Response migrations = app.get("/actuator/migrations");
			assertThat(migrations.json().<List<String>>read("$.tenants." + ok + ".current"))
				.containsExactly("27c6a30d7c24");
			assertThat(migrations.json().<String>read("$.tenants." + ok + ".outcome")).isEqualTo("succeeded");
			assertThat(migrations.json().<List<String>>read("$.tenants." + broken + ".pending"))
				.containsExactly("1975ea83b712", "ae1027a6acf0", "27c6a30d7c24");
			assertThat(migrations.json().<String>read("$.tenants." + broken + ".outcome")).isEqualTo("failed");
			assertThat(migrations.json().<String>read("$.tenants." + broken + ".failed.revision"))
				.isEqualTo("1975ea83b712");
			String page = app.get("/actuator/migrations", "text/html").body();
			assertThat(page).contains("<h2>Tenants (2)</h2>",
					"<tr><td><code>" + ok + "</code></td><td><code>27c6a30d7c24</code></td><td>0</td><td>succeeded</td>",
					"<tr><td><code>" + broken + "</code></td><td><em>base</em></td><td>3</td>"
							+ "<td><span class=\"failed\">failed</span></td><td><code>1975ea83b712</code> ");
			Response health = app.get("/actuator/health/migrationsTenants");
			assertThat(health.json().<String>read("$.status")).isEqualTo("DOWN");
			assertThat(health.json().<String>read("$.details.failed." + broken + ".revision")).isEqualTo("1975ea83b712");
			Response failed = app.get("/actuator/metrics/retort.tenants?tag=outcome:failed");
			assertThat(failed.json().<Double>read("$.measurements[0].value")).isEqualTo(1.0);
			Response perTenant = app.get("/actuator/metrics/retort.tenant.failed?tag=tenant:" + broken);
			assertThat(perTenant.json().<Double>read("$.measurements[0].value")).isEqualTo(1.0);
		}
	}

	@DatabaseTest(DatabaseKind.H2)
	void withoutTenantsTheEndpointHasNoTenantsAndNoTenantSeriesExist(TestDatabase db) {
		try (RunningApp app = RunningApp.start("migrate.locations=classpath:db/linear")) {
			Response migrations = app.get("/actuator/migrations");
			assertThat(migrations.json().<Object>read("$.contexts")).isNotNull();
			assertThat(migrations.body()).doesNotContain("\"tenants\"");
			assertThat(app.get("/actuator/health/migrationsTenants").status()).isEqualTo(404);
			assertThat(app.get("/actuator/metrics/retort.tenants").status()).isEqualTo(404);
		}
	}

}
