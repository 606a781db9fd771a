package dev.retort.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The whole-run benchmark: workloads A and B for every tool on every database and N, then workload D.
 * Writes {@code <out>/<timestamp>.json}, {@code <out>/latest.json}, {@code <out>/table.txt} and
 * {@code <out>/plot.svg}, and prints the table. Options (all optional):
 * {@code --sizes 1000,10000 --databases h2,postgresql --tools retort,flyway,liquibase,jdbc
 * --graph-sizes 1000,5000,10000 --repetitions 7 --warmup 200 --graph-warmup-ms 3000
 * --time-limit-s 150 --boot-size 1000 --boot-repetitions 3 --out bench/results}. A run of workload A
 * still going at the time limit is stopped and reported with the revisions it reached.
 *
 * @since 0.1.0
 */
public final class Harness {

	private Harness() {
	}

	/**
	 * What to run.
	 *
	 * @param sizes the N of workloads A and B
	 * @param databases the databases
	 * @param tools the tools
	 * @param graphSizes the N of workload D
	 * @param repetitions repetitions of each no-op start and of each graph pass
	 * @param warmup N of the discarded warm-up run of each tool on each database (0: none)
	 * @param graphWarmupMillis how long workload D warms up for each N
	 * @param timeLimitSeconds how long one run of workload A may take before it is stopped
	 * @param bootSize revisions applied before workload C's starts (0: skip workload C)
	 * @param bootRepetitions starts of each workload C variant
	 * @param out where results go
	 * @since 0.1.0
	 */
	public record Options(List<Integer> sizes, List<Database> databases, List<Tool> tools, List<Integer> graphSizes,
			int repetitions, int warmup, long graphWarmupMillis, long timeLimitSeconds, int bootSize, int bootRepetitions, Path out) {

		/**
		 * @param sizes copied
		 * @param databases copied
		 * @param tools copied
		 * @param graphSizes copied
		 * @param repetitions as given
		 * @param warmup as given
		 * @param graphWarmupMillis as given
		 * @param timeLimitSeconds as given
		 * @param bootSize as given
		 * @param bootRepetitions as given
		 * @param out as given
		 */
		public Options {
			sizes = List.copyOf(sizes);
			databases = List.copyOf(databases);
			tools = List.copyOf(tools);
			graphSizes = List.copyOf(graphSizes);
		}

		static Options parse(String... args) {
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i + 1 < args.length; i += 2) {
				if (!args[i].startsWith("--")) {
					throw new IllegalArgumentException("Unknown argument " + args[i] + "; options are --sizes,"
							+ " --databases, --tools, --graph-sizes, --repetitions, --warmup, --out");
				}
				values.put(args[i].substring(2), args[i + 1]);
			}
			return new Options(ints(values.getOrDefault("sizes", "1000,10000")),
					split(values.getOrDefault("databases", "h2,postgresql")).stream()
						.map((name) -> Database.valueOf(name.toUpperCase(Locale.ROOT)))
						.toList(),
					split(values.getOrDefault("tools", "retort,flyway,liquibase,jdbc")).stream()
						.map((name) -> Tool.valueOf(name.toUpperCase(Locale.ROOT)))
						.toList(),
					ints(values.getOrDefault("graph-sizes", "1000,5000,10000")),
					Integer.parseInt(values.getOrDefault("repetitions", "7")),
					Integer.parseInt(values.getOrDefault("warmup", "200")),
					Long.parseLong(values.getOrDefault("graph-warmup-ms", "3000")),
					Long.parseLong(values.getOrDefault("time-limit-s", "150")),
					Integer.parseInt(values.getOrDefault("boot-size", "1000")),
					Integer.parseInt(values.getOrDefault("boot-repetitions", "3")),
					Path.of(values.getOrDefault("out", "bench/results")));
		}

		private static List<String> split(String list) {
			return Arrays.stream(list.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
		}

		private static List<Integer> ints(String list) {
			return split(list).stream().map(Integer::valueOf).toList();
		}

	}

	/**
	 * Run from the command line.
	 * @param args the options
	 * @throws Exception when a workload fails
	 */
	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		RunResult result = run(options);
		System.out.print(Files.readString(options.out().resolve("table.txt")));
		System.err.println("Results in " + options.out().toAbsolutePath());
		System.exit(0);
	}

	/**
	 * Run every workload and write the results.
	 * @param options what to run
	 * @return the results
	 * @throws Exception when a workload fails or a database is unreachable
	 */
	public static RunResult run(Options options) throws Exception {
		for (Database database : options.databases()) {
			String unavailable = database.unavailable();
			if (!unavailable.isEmpty()) {
				throw new IllegalStateException(unavailable);
			}
		}
		String loadBefore = loadAverage();
		Workloads workloads = new Workloads(options.repetitions(), options.timeLimitSeconds() * 1000);
		if (options.warmup() > 0) {
			try (Corpus corpus = Corpus.write(options.warmup())) {
				for (Database database : options.databases()) {
					for (Tool tool : options.tools()) {
						progress("warm-up %s on %s, N=%d", tool.label(), database.label(), options.warmup());
						workloads.run(tool, database, corpus);
					}
				}
			}
		}
		List<ApplyResult> applies = new ArrayList<>();
		List<NoopResult> noops = new ArrayList<>();
		for (int size : options.sizes()) {
			try (Corpus corpus = Corpus.write(size)) {
				for (Database database : options.databases()) {
					for (Tool tool : options.tools()) {
						progress("A+B %s on %s, N=%d", tool.label(), database.label(), size);
						Workloads.Outcome outcome = workloads.run(tool, database, corpus);
						applies.add(outcome.apply());
						noops.addAll(outcome.noops());
						progress("    %d revisions in %.0f ms, %.0f us/revision%s", outcome.apply().applied(),
								outcome.apply().totalMs(), outcome.apply().perRevisionUs(),
								outcome.noops().isEmpty() ? " (stopped at the time limit)"
										: String.format(Locale.ROOT, ", no-op %.1f ms", outcome.noops().get(0).medianMs()));
					}
				}
			}
		}
		List<GraphResult> graphs = new ArrayList<>();
		for (int size : options.graphSizes()) {
			try (Corpus corpus = Corpus.write(size)) {
				progress("D graph load and plan, N=%d", size);
				graphs.add(GraphLoad.measure(corpus, options.graphWarmupMillis(), options.repetitions()));
			}
		}
		List<BootResult> boots = new ArrayList<>();
		if (options.bootSize() > 0) {
			try (Corpus corpus = Corpus.write(options.bootSize())) {
				for (Database database : options.databases()) {
					progress("C Boot startup on %s, N=%d", database.label(), options.bootSize());
					boots.addAll(new BootStartup(options.bootRepetitions()).run(database, corpus));
				}
			}
		}
		Map<String, String> machine = machine(options.databases());
		machine.put("loadAverageAtStart", loadBefore);
		RunResult result = new RunResult(machine, applies, noops, graphs, boots);
		write(options, result);
		return result;
	}

	private static void write(Options options, RunResult result) throws IOException {
		Files.createDirectories(options.out());
		String json = ResultJson.of(result);
		String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
		Files.writeString(options.out().resolve(stamp + ".json"), json);
		Files.writeString(options.out().resolve("latest.json"), json);
		Files.writeString(options.out().resolve("table.txt"),
				new Report(result).render(options.databases(), options.sizes()));
		int largest = options.sizes().stream().mapToInt(Integer::intValue).max().orElse(0);
		Files.writeString(options.out().resolve("plot.svg"), Svg.plot(result, options.databases(), largest));
	}

	private static Map<String, String> machine(List<Database> databases) throws SQLException {
		Map<String, String> machine = new LinkedHashMap<>();
		machine.put("processors", String.valueOf(Runtime.getRuntime().availableProcessors()));
		machine.put("memory", memory());
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		machine.put("java", System.getProperty("java.runtime.name") + " " + System.getProperty("java.runtime.version")
				+ " (" + System.getProperty("java.vm.name") + ")");
		machine.put("maxHeap", (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
		machine.put("flyway", flywayVersion());
		machine.put("liquibase", liquibase.util.LiquibaseUtil.getBuildVersion());
		machine.put("retort", "0.1.0-SNAPSHOT");
		machine.put("date", Instant.now().toString());
		machine.put("loadAverage", loadAverage());
		for (Database database : databases) {
			try (FreshDatabase fresh = database.create("probe"); HikariDataSource pool = fresh.pool();
					Connection connection = pool.getConnection()) {
				DatabaseMetaData meta = connection.getMetaData();
				if (database == Database.POSTGRESQL) {
					machine.put("postgresqlSynchronousCommit", Settings.pgSynchronousCommit() ? "on" : "off");
				}
				machine.put(database.label(), meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
						+ " (driver " + meta.getDriverVersion() + ")");
			}
		}
		return machine;
	}

	/** Other work on the machine skews every figure; the load average says how much there was. */
	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String memory() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter((line) -> line.startsWith("MemTotal:"))
				.map((line) -> line.replaceAll("\\s+", " ").substring("MemTotal: ".length()))
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String flywayVersion() {
		try (InputStream in = Flyway.class.getResourceAsStream("/org/flywaydb/core/internal/version.txt")) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8).trim() : "unknown";
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static void progress(String format, Object... args) {
		System.err.println(String.format(Locale.ROOT, format, args));
	}

}
