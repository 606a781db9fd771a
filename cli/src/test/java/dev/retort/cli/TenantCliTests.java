package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --tenant-schemas} and {@code --tenant-schema-query} (issue 21): every command runs once
 * per tenant, prints one block (a line for {@code current}) per tenant and a summary, and exits
 * non-zero when a tenant failed.
 */
class TenantCliTests {

	@TempDir
	Path project;

	private void writeChain(int count) throws IOException {
		Path dir = Files.createDirectories(this.project.resolve("src/main/resources/db/revisions"));
		for (int i = 1; i <= count; i++) {
			String parent = (i == 1) ? "" : "-- down_revision: r" + (i - 1) + "\n";
			Files.writeString(dir.resolve("r" + i + "_t.sql"), "-- revision: r" + i + "\n" + parent + "-- message: step "
					+ i + "\n\n-- migrate:upgrade\nCREATE TABLE t" + i + " (id INT);\n\n-- migrate:downgrade\nDROP TABLE t"
					+ i + ";\n");
		}
	}

	private CliRun run(TestDatabase database, String... command) {
		return CliRun.inProcess(this.project, database, command);
	}

	private static void execute(TestDatabase database, String sql) throws Exception {
		try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String qualified(TestDatabase database, String tenant, String table) {
		return ((database.kind() == DatabaseKind.H2) ? tenant.toUpperCase(Locale.ROOT) : tenant) + "." + table;
	}

	@DatabaseTest
	void upgradeRunsInEveryTenantThenCurrentPrintsALinePerTenant(TestDatabase database) throws Exception {
		writeChain(3);
		List<String> names = List.of(database.createTenant("ta"), database.createTenant("tb"),
				database.createTenant("tc"));
		String tenants = String.join(",", names);
		CliRun upgrade = run(database, "--tenant-schemas", tenants, "--tenant-parallelism", "2", "upgrade", "heads");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(upgrade.err()).contains(names.get(0) + ": Running upgrade r2 -> r3, step 3")
			.endsWith("3 tenants: 3 upgraded, 0 already at head, 0 failed\n");
		CliRun current = run(database, "--tenant-schemas", tenants, "current");
		assertThat(current.out()).isEqualTo(names.get(0) + ": r3 (head)\n" + names.get(1) + ": r3 (head)\n"
				+ names.get(2) + ": r3 (head)\n");
		assertThat(current.err()).isEqualTo("3 tenants: 3 ok, 0 failed\n");
		CliRun again = run(database, "--tenant-schemas", tenants, "upgrade", "heads");
		assertThat(again.status()).isZero();
		assertThat(again.err()).doesNotContain("Running").endsWith("3 tenants: 0 upgraded, 3 already at head, 0 failed\n");
		CliRun downgrade = run(database, "--tenant-schemas", tenants, "downgrade", "-1");
		assertThat(downgrade.err()).endsWith("3 tenants: 3 downgraded, 0 already at -1, 0 failed\n");
		assertThat(run(database, "--tenant-schemas", tenants, "stamp", "r3").err())
			.endsWith("3 tenants: 3 stamped, 0 unchanged, 0 failed\n");
		CliRun validate = run(database, "--tenant-schemas", tenants, "validate");
		assertThat(validate.out().lines()).containsExactly(names.get(0) + ": All applied revisions match their files.",
				names.get(1) + ": All applied revisions match their files.",
				names.get(2) + ": All applied revisions match their files.");
		CliRun history = run(database, "--tenant-schemas", names.get(0), "history", "-i");
		assertThat(history.out()).startsWith(names.get(0) + ": r2 -> r3 (head) (current), step 3 [applied 20");
	}

	@DatabaseTest
	void aFailingTenantIsNamedInTheSummaryAndTheExitStatusWhileTheOthersReachHead(TestDatabase database)
			throws Exception {
		writeChain(2);
		List<String> names = List.of(database.createTenant("ta"), database.createTenant("tb"),
				database.createTenant("tc"));
		execute(database, "CREATE TABLE " + qualified(database, names.get(1), "t2") + " (id INT)");
		CliRun upgrade = run(database, "--tenant-schemas", String.join(",", names), "upgrade", "heads");
		assertThat(upgrade.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(upgrade.err()).contains(names.get(1) + ": FAILED: ")
			.endsWith("3 tenants: 2 upgraded, 0 already at head, 1 failed (" + names.get(1) + ")\n");
		CliRun current = run(database, "--tenant-schemas", String.join(",", names), "current");
		assertThat(current.out()).contains(names.get(0) + ": r2 (head)", names.get(1) + ": r1\n",
				names.get(2) + ": r2 (head)");
		execute(database, "DROP TABLE " + qualified(database, names.get(1), "t2"));
		CliRun rerun = run(database, "--tenant-schemas", String.join(",", names), "upgrade", "heads");
		assertThat(rerun.status()).isZero();
		assertThat(rerun.err()).endsWith("3 tenants: 1 upgraded, 2 already at head, 0 failed\n");
	}

	@DatabaseTest
	void aSchemaQueryWithStopOnFailureAndJsonPerTenant(TestDatabase database) throws Exception {
		writeChain(1);
		String first = database.createTenant("qa");
		String second = database.createTenant("qb");
		String like = switch (database.kind()) {
			case MARIADB -> database.schema() + "_q%";
			case H2 -> "Q%";
			case POSTGRESQL -> "q%";
		};
		String query = "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '" + like
				+ "' ORDER BY schema_name";
		CliRun upgrade = run(database, "--tenant-schema-query", query, "upgrade", "heads", "--json");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		String firstName = (database.kind() == DatabaseKind.H2) ? first.toUpperCase(Locale.ROOT) : first;
		assertThat(upgrade.out()).startsWith("{\n  \"tenants\": [\n    {\n      \"tenant\": \"" + firstName + "\"")
			.contains("\"outcome\": \"succeeded\"", "\"headsAfter\": [", "\"revision\": \"r1\"", "\"summary\": {");
		// each tenant's own --json output is nested as JSON, indented to its place
		JsonNode tree = JsonMapper.builder().build().readTree(upgrade.out());
		assertThat(tree.get("tenants")).hasSize(2);
		assertThat(tree.get("tenants").get(1).get("result").get("headsAfter").get(0).asString()).isEqualTo("r1");
		assertThat(upgrade.out()).contains("\n      \"result\": {\n        \"").contains("\n      }\n    }");
		CliRun stop = run(database, "--tenant-schemas", "nope," + first + "," + second, "--tenant-parallelism", "1",
				"--on-tenant-failure", "stop", "current");
		assertThat(stop.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(stop.err()).contains("nope: FAILED: Tenant schema 'nope' does not exist",
				first + ": skipped: an earlier tenant failed")
			.endsWith("3 tenants: 0 ok, 1 failed (nope), 2 skipped\n");
	}

	@DatabaseTest(DatabaseKind.H2)
	void optionsThatDoNotApplyToTenantsAreRefused(TestDatabase database) throws Exception {
		writeChain(1);
		CliRun sql = run(database, "--tenant-schemas", "a", "upgrade", "heads", "--sql");
		assertThat(sql.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(sql.err()).startsWith("FAILED: --sql renders one script and does not apply to tenants");
		CliRun heads = run(database, "--tenant-schemas", "a", "heads");
		assertThat(heads.err()).startsWith("FAILED: The tenant options apply to upgrade, downgrade");
		CliRun policy = run(database, "--tenant-schemas", "a", "--on-tenant-failure", "maybe", "current");
		assertThat(policy.err()).startsWith("FAILED: Invalid --on-tenant-failure 'maybe': use continue or stop");
	}

}
