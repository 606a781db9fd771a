package dev.retort.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Workload C by cost rather than by wall time: starts {@code BootApp} many times, the variants
 * interleaved, and reports per variant the median process CPU time at ready (all threads, user and
 * system), the main thread's CPU time, the classes loaded and the wall time, with the machine's load
 * average before and after. On a shared machine wall time varies by hundreds of milliseconds between
 * starts; CPU time and class counts hardly do.
 *
 * <pre>
 * java -cp "bench/target/classes:bench/target/lib/*" dev.retort.bench.BootCpu [N] [starts] [databases] [variants]
 * </pre>
 * Variants: {@code none}, {@code retort}, {@code retort-index}, {@code retort-index-nolint} (the
 * start-up lint and its warm-up off), {@code migrate-current}, {@code migrate-current-index},
 * {@code command-floor} (JVM, Boot's environment and one plain JDBC query: what any command inside
 * the application needs at the least), {@code start-floor} (no tool; a bean reads the version table
 * through the application's DataSource while the context starts: what any tool's start-up check
 * costs at the least); any of
 * them ending in {@code @name} runs on the class path that {@code -Dbootcpu.cp.name} names instead
 * (another build, for before and after in one run). {@code -Dbootcpu.jvm="..."} adds JVM options;
 * {@code -Dbootcpu.echo=true} prints each start's output (with {@code -Dlogging.config=…} among the
 * JVM options, a timeline of the start).
 *
 * @since 0.1.0
 */
public final class BootCpu {

	private BootCpu() {
	}

	/**
	 * Run.
	 * @param args N (1000), starts per variant (9), databases (h2,postgresql), variants (all)
	 * @throws Exception on failure
	 */
	public static void main(String[] args) throws Exception {
		int size = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		int starts = (args.length > 1) ? Integer.parseInt(args[1]) : 9;
		List<String> databases = List.of(((args.length > 2) ? args[2] : "h2,postgresql").split(","));
		List<String> variants = List.of(((args.length > 3) ? args[3]
				: "none,retort,retort-index,retort-index-nolint,migrate-current,migrate-current-index").split(","));
		System.out.println("load before: " + load());
		try (Corpus corpus = Corpus.write(size)) {
			for (String label : databases) {
				Database database = Database.valueOf(label.toUpperCase(Locale.ROOT));
				Path h2Dir = Files.createTempDirectory("retort-bench-bootcpu-");
				FreshDatabase fresh = (database == Database.H2)
						? new FreshDatabase(database, "jdbc:h2:file:" + h2Dir.resolve("retort"), "sa", "", "retort")
						: database.create("bootcpu");
				try {
					try (HikariDataSource pool = fresh.pool(); Tool.Engine engine = Tool.RETORT.build(pool, corpus)) {
						engine.run();
					}
					Map<String, List<long[]>> samples = new LinkedHashMap<>();
					for (int i = 0; i < starts; i++) {
						for (String variant : variants) {
							samples.computeIfAbsent(variant, (v) -> new ArrayList<>()).add(start(variant, fresh, corpus));
						}
					}
					System.out.printf("%s N=%d, %d starts per variant, medians (min-max of CPU)%n", label, size, starts);
					System.out.printf("  %-22s %8s %14s %8s %8s %8s%n", "variant", "cpu ms", "(range)", "main ms",
							"classes", "wall ms");
					for (Map.Entry<String, List<long[]>> entry : samples.entrySet()) {
						long[] cpu = column(entry.getValue(), 1);
						System.out.printf("  %-22s %8d %6d-%-7d %8d %8d %8d%n", entry.getKey(), median(cpu), cpu[0],
								cpu[cpu.length - 1], median(column(entry.getValue(), 2)),
								median(column(entry.getValue(), 3)), median(column(entry.getValue(), 0)));
					}
				}
				finally {
					if (database != Database.H2) {
						fresh.close();
					}
					try (var paths = Files.walk(h2Dir)) {
						paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
					}
				}
			}
		}
		System.out.println("load after: " + load());
	}

	private static long[] start(String variant, FreshDatabase database, Corpus corpus) throws Exception {
		boolean index = variant.contains("index");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		String jvm = System.getProperty("bootcpu.jvm", "");
		if (!jvm.isBlank()) {
			command.addAll(List.of(jvm.trim().split(" +")));
		}
		// a variant ending in "@name" runs on another build's class path (before/after in one run)
		int at = variant.indexOf('@');
		String classPath = (at >= 0) ? System.getProperty("bootcpu.cp." + variant.substring(at + 1))
				: System.getProperty("java.class.path");
		if (classPath == null) {
			throw new IllegalArgumentException("Variant " + variant + " needs -Dbootcpu.cp." + variant.substring(at + 1));
		}
		command.addAll(List.of("-cp",
				classPath + (index ? File.pathSeparator + corpus.indexedJar() : ""),
				"dev.retort.bench.boot.BootApp", "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(),
				// the floors run no Retort code: not even the lint warm-up, which a 'migrate' command skips too
				"--migrate.enabled=" + !(variant.equals("none") || variant.startsWith("start-floor")
						|| variant.startsWith("command-floor")),
				"--spring.flyway.enabled=false", "--spring.liquibase.enabled=false",
				"--migrate.locations=" + (index ? "classpath:" + Corpus.JAR_FOLDER : "filesystem:" + corpus.retortDir())));
		if (variant.contains("nolint")) {
			command.add("--migrate.lint.on-startup=off");
		}
		if (variant.startsWith("migrate-current")) {
			command.addAll(List.of("migrate", "current"));
		}
		if (variant.startsWith("start-floor")) {
			command.add("--bootapp.start-floor=true");
		}
		if (variant.startsWith("command-floor")) {
			command.add(dev.retort.bench.boot.BootApp.FLOOR);
		}
		String ready = BootStartup.readyLine(command, variant);
		Map<String, Long> values = new LinkedHashMap<>();
		for (String part : ready.split(" ")) {
			String[] pair = part.split("=");
			values.put(pair[0], Long.parseLong(pair[1]));
		}
		return new long[] { values.get("READY_MS"), values.get("CPU_MS"), values.get("MAIN_CPU_MS"),
				values.get("CLASSES") };
	}

	private static long[] column(List<long[]> rows, int index) {
		long[] values = rows.stream().mapToLong((row) -> row[index]).toArray();
		Arrays.sort(values);
		return values;
	}

	private static long median(long[] sorted) {
		return sorted[sorted.length / 2];
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

}
