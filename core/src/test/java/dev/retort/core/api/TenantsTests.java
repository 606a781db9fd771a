package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.script.LocationScriptSource;
import dev.retort.core.script.ScriptSource;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One revision set over many tenants (issue 21): each tenant gets its own tables and bookkeeping,
 * unqualified names land in the tenant, a failing tenant does not stop the others, and the
 * revisions are read once.
 */
class TenantsTests {

	@TempDir
	Path dir;

	private final AtomicInteger loads = new AtomicInteger();

	private void writeChain(int count) throws IOException {
		RevisionFiles.tableChain(this.dir, count);
	}

	private Retort retort(TestDatabase db) {
		ScriptSource counted = () -> {
			this.loads.incrementAndGet();
			return LocationScriptSource.of(List.of("filesystem:" + this.dir), getClass().getClassLoader()).load();
		};
		return Retort.configure().dataSource(db.dataSource()).scriptSource(counted).load();
	}

	private static List<String> tables(TestDatabase db, String schema) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection connection = db.connection();
				ResultSet rows = connection.getMetaData().getTables(
						(db.kind() == DatabaseKind.MARIADB) ? schema : null,
						(db.kind() == DatabaseKind.MARIADB) ? null : schema, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				names.add(rows.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
			}
		}
		return names;
	}

	private static String actual(TestDatabase db, String tenant) {
		return (db.kind() == DatabaseKind.H2) ? tenant.toUpperCase(java.util.Locale.ROOT) : tenant;
	}

	@DatabaseTest
	void upgradeRunsEveryRevisionInEveryTenantWithUnqualifiedNamesLandingInTheTenant(TestDatabase db)
			throws Exception {
		writeChain(3);
		List<String> names = List.of(db.createTenant("ta"), db.createTenant("tb"), db.createTenant("tc"));
		Tenants tenants = Tenants.configure(retort(db)).schemas(names).parallelism(2).load();
		TenantRun<MigrationResult> run = tenants.run((tenant, engine) -> engine.upgrade("heads"));
		assertThat(run.succeeded()).isTrue();
		assertThat(run.results()).extracting(TenantResult::tenant).containsExactlyElementsOf(names);
		assertThat(run.results()).allSatisfy((result) -> assertThat(result.value().orElseThrow().steps()).hasSize(3));
		for (String tenant : names) {
			// H2 adds retort_version_lock, its lock row
			assertThat(tables(db, actual(db, tenant))).contains("t1", "t2", "t3", "retort_version", "retort_history")
				.filteredOn((name) -> !name.startsWith("retort_"))
				.hasSize(3);
		}
		assertThat(tables(db, db.schema())).isEmpty();
		assertThat(this.loads).hasValue(1);
		TenantRun<List<String>> current = tenants.run((tenant, engine) -> engine.current());
		assertThat(current.results()).allSatisfy((result) -> assertThat(result.value()).contains(List.of("r3")));
		TenantRun<MigrationResult> again = tenants.run((tenant, engine) -> engine.upgrade("heads"));
		assertThat(again.results()).allSatisfy((result) -> assertThat(result.value().orElseThrow().steps()).isEmpty());
	}

	@DatabaseTest
	void aFailingTenantDoesNotStopTheOthersAndARerunPicksItUpOnceFixed(TestDatabase db) throws Exception {
		writeChain(2);
		List<String> names = List.of(db.createTenant("ta"), db.createTenant("tb"), db.createTenant("tc"));
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			// t2 already exists in tb: r2 fails there
			statement.execute("CREATE TABLE " + actual(db, names.get(1)) + ".t2 (id INT)");
		}
		Tenants tenants = Tenants.configure(retort(db)).schemas(names).parallelism(3).load();
		TenantRun<MigrationResult> run = tenants.run((tenant, engine) -> engine.upgrade("heads"));
		assertThat(run.failed()).containsExactly(names.get(1));
		assertThat(run.results().get(1).failureMessage()).hasValueSatisfying(
				(message) -> assertThat(message).contains("r2"));
		assertThat(run.results().get(0).value().orElseThrow().headsAfter()).containsExactly("r2");
		assertThat(run.results().get(2).value().orElseThrow().headsAfter()).containsExactly("r2");
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE " + actual(db, names.get(1)) + ".t2");
		}
		TenantRun<MigrationResult> rerun = tenants.run((tenant, engine) -> engine.upgrade("heads"));
		assertThat(rerun.succeeded()).isTrue();
		assertThat(rerun.results()).extracting((result) -> result.value().orElseThrow().steps().size())
			.containsExactly(0, 1, 0);
	}

	@DatabaseTest
	void stopSkipsTheTenantsNotStartedAfterAFailure(TestDatabase db) throws Exception {
		writeChain(1);
		List<String> names = List.of(db.createTenant("ta"), "missing_tenant", db.createTenant("tc"));
		Tenants tenants = Tenants.configure(retort(db)).schemas(names).parallelism(1)
			.onFailure(TenantFailurePolicy.STOP).load();
		TenantRun<MigrationResult> run = tenants.run((tenant, engine) -> engine.upgrade("heads"));
		assertThat(run.results()).extracting(TenantResult::outcome)
			.containsExactly(TenantOutcome.SUCCEEDED, TenantOutcome.FAILED, TenantOutcome.SKIPPED);
		assertThat(run.results().get(1).failureMessage()).hasValueSatisfying((message) -> assertThat(message)
			.contains("Tenant schema 'missing_tenant' does not exist").contains("--tenant-schemas"));
		assertThat(run.skipped()).containsExactly(names.get(2));
		assertThat(tables(db, actual(db, names.get(2)))).isEmpty();
	}

	@DatabaseTest
	void aSchemaQueryListsTheTenants(TestDatabase db) throws Exception {
		writeChain(1);
		db.createTenant("qa");
		db.createTenant("qb");
		db.createTenant("other");
		String like = (db.kind() == DatabaseKind.MARIADB) ? db.schema() + "_q%" : (db.kind() == DatabaseKind.H2) ? "Q%" : "q%";
		Tenants tenants = Tenants.configure(retort(db))
			.schemaQuery("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '" + like
					+ "' ORDER BY schema_name")
			.load();
		assertThat(tenants.names()).hasSize(2);
		TenantRun<MigrationResult> run = tenants.run((tenant, engine) -> engine.upgrade("heads"));
		assertThat(run.succeeded()).isTrue();
		assertThat(run.results()).hasSize(2);
	}

	@DatabaseTest
	void theSessionIsGivenBackAsItWasLent(TestDatabase db) throws Exception {
		writeChain(1);
		String tenant = db.createTenant("ta");
		Tenants tenants = Tenants.configure(retort(db)).schemas(tenant).load();
		try (Connection lent = db.connection()) {
			String before = currentSchema(lent);
			Connection wrapped = new dev.retort.core.internal.db.TenantSession(new SingleConnection(lent).dataSource(),
					actual(db, tenant)).getConnection();
			assertThat(currentSchema(wrapped)).isEqualToIgnoringCase(tenant);
			wrapped.close();
			assertThat(lent.isClosed()).isFalse();
			assertThat(currentSchema(lent)).isEqualTo(before);
		}
		assertThat(tenants.run((name, engine) -> engine.upgrade("heads")).succeeded()).isTrue();
		// one tenant's engine outside a run finds the schema as the database spells it (H2: TA)
		assertThat(tenants.engine(tenant).current()).containsExactly("r1");
	}

	private static String currentSchema(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(connection.getMetaData().getDatabaseProductName()
					.startsWith("MariaDB") || connection.getMetaData().getDatabaseProductName().startsWith("MySQL")
							? "SELECT DATABASE()" : "SELECT CURRENT_SCHEMA")) {
			row.next();
			return row.getString(1);
		}
	}

	@DatabaseTest(DatabaseKind.H2)
	void badSettingsAreRefusedWithTheSettingNamed(TestDatabase db) {
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> Tenants.configure(retort(db)).schemas("a").parallelism(0).load())
			.withMessageContaining("--tenant-parallelism");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> Tenants.configure(retort(db)).load())
			.withMessageContaining("No tenants configured");
		TenantRun<MigrationResult> run = Tenants.configure(retort(db)).schemas("bad-name").load()
			.run((tenant, engine) -> engine.upgrade("heads"));
		assertThat(run.results().get(0).failureMessage()).hasValueSatisfying(
				(message) -> assertThat(message).contains("does not exist"));
	}

}
