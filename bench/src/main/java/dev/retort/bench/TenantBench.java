package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.Retort;
import dev.retort.core.api.TenantRun;
import dev.retort.core.api.Tenants;
import dev.retort.core.script.LocationScriptSource;
import dev.retort.core.script.ScriptSource;

/**
 * Workload F: one revision set over many tenants on PostgreSQL. 500 schemas x 20 revisions, applied
 * from empty at parallelism 1 and at parallelism 8, each in a fresh database through a pool of as
 * many connections as tenants run at once; then the no-op rerun at parallelism 8. Reports wall time,
 * revisions per second and the parallel/serial time ratio, and how often the revision files were
 * read (once per run, whatever the number of tenants). Usage:
 * {@code TenantBench [out-dir] [tenants] [revisions] [parallelism...]}.
 *
 * @since 0.1.0
 */
public final class TenantBench {

	private TenantBench() {
	}

	/**
	 * Run the workload and print the table.
	 * @param args optional: output folder, tenants, revisions, parallelism values
	 * @throws Exception when a database step fails
	 */
	public static void main(String[] args) throws Exception {
		Path out = Path.of((args.length > 0) ? args[0] : "bench/results");
		int tenants = (args.length > 1) ? Integer.parseInt(args[1]) : 500;
		int revisions = (args.length > 2) ? Integer.parseInt(args[2]) : 20;
		List<Integer> levels = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			levels.add(Integer.parseInt(args[i]));
		}
		if (levels.isEmpty()) {
			levels = List.of(1, 8);
		}
		Path folder = Files.createTempDirectory("retort-tenant-bench");
		writeRevisions(folder, revisions);
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
				"F: %d PostgreSQL schemas x %d revisions (%s)%n", tenants, revisions,
				Settings.pgSynchronousCommit() ? "synchronous_commit on" : "synchronous_commit off"));
		table.append(String.format(Locale.ROOT, "%-12s %10s %14s %12s %10s%n", "parallelism", "apply (s)",
				"revisions/s", "no-op (s)", "file reads"));
		double serial = 0;
		for (int parallelism : levels) {
			Row row = run(folder, tenants, revisions, parallelism);
			if (parallelism == 1) {
				serial = row.applySeconds();
			}
			table.append(String.format(Locale.ROOT, "%-12d %10.1f %14.0f %12.2f %10d%n", parallelism,
					row.applySeconds(), tenants * (double) revisions / row.applySeconds(), row.noopSeconds(), row.loads()));
			if (serial > 0 && parallelism != 1) {
				table.append(String.format(Locale.ROOT, "  time ratio parallelism %d / 1: %.2f%n", parallelism,
						row.applySeconds() / serial));
			}
		}
		table.append("cores: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
		System.out.print(table);
		Files.createDirectories(out);
		Files.writeString(out.resolve("tenants.txt"), table.toString());
	}

	private static Row run(Path folder, int tenants, int revisions, int parallelism) throws Exception {
		try (FreshDatabase database = Database.POSTGRESQL.create("tenants_p" + parallelism)) {
			List<String> schemas = new ArrayList<>();
			try (Connection connection = java.sql.DriverManager.getConnection(database.url(), database.user(),
					database.password()); Statement statement = connection.createStatement()) {
				for (int i = 1; i <= tenants; i++) {
					String schema = String.format(Locale.ROOT, "t%04d", i);
					statement.addBatch("CREATE SCHEMA " + schema);
					schemas.add(schema);
				}
				statement.executeBatch();
			}
			try (HikariDataSource pool = pool(database, parallelism)) {
				AtomicInteger loads = new AtomicInteger();
				ScriptSource source = () -> {
					loads.incrementAndGet();
					return LocationScriptSource.of(List.of("filesystem:" + folder), TenantBench.class.getClassLoader())
						.load();
				};
				Retort retort = Retort.configure().dataSource(pool).scriptSource(source).load();
				Tenants all = Tenants.configure(retort).schemas(schemas).parallelism(parallelism).load();
				long start = System.nanoTime();
				TenantRun<MigrationResult> applied = all.run((tenant, engine) -> engine.upgrade("heads"));
				double applySeconds = (System.nanoTime() - start) / 1e9;
				check(applied, revisions);
				start = System.nanoTime();
				TenantRun<MigrationResult> noop = all.run((tenant, engine) -> engine.upgrade("heads"));
				double noopSeconds = (System.nanoTime() - start) / 1e9;
				check(noop, 0);
				return new Row(applySeconds, noopSeconds, loads.get());
			}
		}
	}

	private static void check(TenantRun<MigrationResult> run, int steps) {
		if (!run.succeeded()) {
			throw new IllegalStateException("tenants failed: " + run.failed() + ": "
					+ run.results().stream().flatMap((r) -> r.failureMessage().stream()).findFirst().orElse(""));
		}
		run.results().forEach((result) -> {
			if (result.value().orElseThrow().steps().size() != steps) {
				throw new IllegalStateException(result.tenant() + " ran " + result.value().orElseThrow().steps().size()
						+ " steps, expected " + steps);
			}
		});
	}

	private static HikariDataSource pool(FreshDatabase database, int size) throws SQLException {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.url());
		config.setUsername(database.user());
		config.setPassword(database.password());
		config.setMaximumPoolSize(size);
		config.setMinimumIdle(size);
		config.setPoolName(database.name());
		return new HikariDataSource(config);
	}

	private static void writeRevisions(Path folder, int count) throws IOException {
		for (int i = 1; i <= count; i++) {
			String id = String.format(Locale.ROOT, "f%011d", i);
			String down = (i == 1) ? "" : "-- down_revision: " + String.format(Locale.ROOT, "f%011d", i - 1) + "\n";
			Files.writeString(folder.resolve(id + "_step.sql"), "-- revision: " + id + "\n" + down + "-- message: step " + i
					+ "\n\n-- migrate:upgrade\nCREATE TABLE t" + i + " (id INT PRIMARY KEY, note VARCHAR(40));\n"
					+ "CREATE INDEX t" + i + "_note ON t" + i + " (note);\n"
					+ "INSERT INTO t" + i + " (id, note) VALUES (1, 'tenant row');\n\n-- migrate:downgrade\nDROP TABLE t" + i
					+ ";\n");
		}
	}

	private record Row(double applySeconds, double noopSeconds, int loads) {
	}

}
