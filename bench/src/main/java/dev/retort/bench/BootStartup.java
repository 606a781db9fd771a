package dev.retort.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Workload C: the same Boot application started with nothing pending, with no migration tool, with
 * Retort's starter, with Boot's Flyway integration and with Boot's Liquibase integration, each on a
 * database its tool migrated beforehand; and Retort's command mode, {@code migrate current}, on
 * Retort's database (its time runs from JVM start to exit). Every start is a new JVM ({@code BootApp}); H2 runs from a
 * file so that the database outlives the JVM that migrated it.
 *
 * @since 0.1.0
 */
final class BootStartup {

	/** {@code java -jar app.jar migrate current}: Retort's command mode on the database Retort migrated. */
	static final String MIGRATE_CURRENT = "migrate-current";

	/**
	 * The starter reading the revisions from a jar on the class path with their revision index
	 * ({@link Corpus#indexedJar()}), as an application's jar ships them.
	 */
	static final String RETORT_INDEX = "retort-index";

	static final List<String> VARIANTS = List.of("none", "retort", "flyway", "liquibase", MIGRATE_CURRENT, RETORT_INDEX);

	private final int repetitions;

	BootStartup(int repetitions) {
		this.repetitions = repetitions;
	}

	List<BootResult> run(Database database, Corpus corpus) throws Exception {
		List<BootResult> results = new ArrayList<>();
		Path h2Dir = Files.createTempDirectory("retort-bench-boot-");
		List<FreshDatabase> databases = new ArrayList<>();
		try {
			for (Tool tool : List.of(Tool.RETORT, Tool.FLYWAY, Tool.LIQUIBASE)) {
				FreshDatabase fresh = (database == Database.H2)
						? new FreshDatabase(database, "jdbc:h2:file:" + h2Dir.resolve(tool.label()), "sa", "",
								tool.label())
						: database.create("boot_" + tool.label());
				databases.add(fresh);
				try (HikariDataSource pool = fresh.pool(); Tool.Engine engine = tool.build(pool, corpus)) {
					engine.run();
				}
			}
			// alternate the variants so that drift in machine load spreads over all of them
			double[][] ready = new double[VARIANTS.size()][this.repetitions];
			double[][] context = new double[VARIANTS.size()][this.repetitions];
			for (int i = 0; i < this.repetitions; i++) {
				for (int v = 0; v < VARIANTS.size(); v++) {
					String variant = VARIANTS.get(v);
					FreshDatabase target = databases.get(switch (variant) {
						case "flyway" -> 1;
						case "liquibase" -> 2;
						default -> 0;
					});
					double[] times = start(variant, target, corpus);
					ready[v][i] = times[0];
					context[v][i] = times[1];
				}
			}
			for (int v = 0; v < VARIANTS.size(); v++) {
				results.add(new BootResult(VARIANTS.get(v), database, corpus.size(), median(ready[v]),
						median(context[v])));
			}
			return results;
		}
		finally {
			for (FreshDatabase fresh : databases) {
				if (database != Database.H2) {
					fresh.close();
				}
			}
			try (var paths = Files.walk(h2Dir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	private static double[] start(String variant, FreshDatabase database, Corpus corpus) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path") + File.pathSeparator + corpus.liquibaseDir()
						+ (variant.equals(RETORT_INDEX) ? File.pathSeparator + corpus.indexedJar() : ""),
				"dev.retort.bench.boot.BootApp",
				"--spring.main.banner-mode=off", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
				"--migrate.enabled=" + (variant.equals("retort") || variant.equals(MIGRATE_CURRENT)
						|| variant.equals(RETORT_INDEX)),
				"--spring.flyway.enabled=" + variant.equals("flyway"),
				"--spring.liquibase.enabled=" + variant.equals("liquibase"),
				"--migrate.locations=" + (variant.equals(RETORT_INDEX) ? "classpath:" + Corpus.JAR_FOLDER
						: "filesystem:" + corpus.retortDir()),
				"--spring.flyway.locations=filesystem:" + corpus.flywayDir(),
								// on the classpath, the changelog keeps the path the parent applied it under
				"--spring.liquibase.change-log=classpath:changelog.sql"));
		if (variant.equals(MIGRATE_CURRENT)) {
			command.addAll(List.of("migrate", "current"));
		}
		String ready = readyLine(command, variant);
		String[] parts = ready.split(" ");
		return new double[] { Double.parseDouble(parts[0].substring("READY_MS=".length())),
				Double.parseDouble(parts[1].substring("CONTEXT_MS=".length())) };
	}

	/**
	 * Start {@code BootApp} as given and wait for its exit; the {@code READY_MS=…} line it printed.
	 * @param command the process's command line
	 * @param variant named in the failure's message
	 * @return the line
	 * @throws Exception when it cannot start, fails, times out or prints no such line
	 */
	static String readyLine(List<String> command, String variant) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.start();
		List<String> output = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				output.add(line);
			}
		}
		if (Boolean.getBoolean("bootcpu.echo")) {
			output.forEach(System.out::println);
		}
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("Boot start (" + variant + ") failed:\n" + String.join("\n", output));
		}
		return output.stream()
			.filter((line) -> line.startsWith("READY_MS="))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"Boot start (" + variant + ") printed no READY_MS line:\n" + String.join("\n", output)));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
