package dev.retort.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;

import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.script.LocationScriptSource;
import dev.retort.core.script.Script;

/**
 * Issue 19's workloads with and without the revision index, in one run: B (no-op start of a new
 * engine with N revisions applied, on H2 and PostgreSQL) and D (load N revisions, build the graph,
 * plan both ways). The two variants alternate, so drift in machine load reaches both. Writes
 * {@code index.txt} into the output folder and prints it.
 *
 * <pre>
 * java -cp "bench/target/classes:bench/target/lib/*" dev.retort.bench.IndexBench bench/results 10000 15
 * </pre>
 *
 * @since 0.1.0
 */
public final class IndexBench {

	/** CPU time of the whole process, which B needs: a start loads on a thread of its own. */
	private static final com.sun.management.OperatingSystemMXBean PROCESS =
			(com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

	private IndexBench() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of((args.length > 0) ? args[0] : "bench/results");
		int size = (args.length > 1) ? Integer.parseInt(args[1]) : 10_000;
		int repetitions = (args.length > 2) ? Integer.parseInt(args[2]) : 15;
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "Revision index (issue 19), N=%d, median of %d after %d warm-up rounds",
				size, repetitions, 3));
		try (Corpus corpus = Corpus.write(size)) {
			long indexStart = System.nanoTime();
			Path indexed = corpus.indexedDir();
			java.net.URLClassLoader jarLoader = new java.net.URLClassLoader(
					new java.net.URL[] { corpus.indexedJar().toUri().toURL() }, IndexBench.class.getClassLoader());
			lines.add(String.format(Locale.ROOT, "copying the folder and writing its index: %.0f ms",
					(System.nanoTime() - indexStart) / 1e6));
			for (Database database : List.of(Database.H2, Database.POSTGRESQL)) {
				if (!database.unavailable().isEmpty()) {
					lines.add("B " + database.label() + ": not reachable, skipped");
					continue;
				}
				try (FreshDatabase fresh = database.create("index" + size); HikariDataSource pool = fresh.pool()) {
					try (Tool.Engine engine = Engines.retort(pool, corpus, false)) {
						engine.run();
					}
					CountingDataSource counting = new CountingDataSource(pool);
					double[][] times = new double[3][repetitions];
					double[][] cpu = new double[3][repetitions];
					for (int i = -3; i < repetitions; i++) {
						for (int v = 0; v < 3; v++) {
							try (Tool.Engine engine = (v == 2)
									? Engines.retort(counting, "classpath:" + Corpus.JAR_FOLDER, jarLoader, false)
									: Engines.retort(counting, (v == 0) ? corpus.retortDir() : indexed, false)) {
								counting.reset(0);
								long cpuStart = PROCESS.getProcessCpuTime();
								long start = System.nanoTime();
								engine.run();
								double ms = (System.nanoTime() - start) / 1e6;
								double cpuMs = (PROCESS.getProcessCpuTime() - cpuStart) / 1e6;
								if (counting.inserts() != 0) {
									throw new IllegalStateException("a no-op start ran revisions");
								}
								if (i >= 0) {
									times[v][i] = ms;
									cpu[v][i] = cpuMs;
								}
							}
						}
					}
					double plain = median(times[0]);
					double withIndex = median(times[1]);
					double jar = median(times[2]);
					lines.add(String.format(Locale.ROOT,
							"B %-10s no-op start, new engine: folder %7.1f ms; folder + index %6.1f ms (%.2fx); jar + index"
									+ " %6.1f ms (%.2fx)  [%s] target <= 25 ms",
							database.label(), plain, withIndex, withIndex / plain, jar, jar / plain,
							(Math.min(jar, withIndex) <= 25) ? "ok" : "MISSED"));
					lines.add(String.format(Locale.ROOT,
							"  process CPU per start (all threads, with JIT and GC): folder %7.1f ms; folder + index %6.1f"
									+ " ms; jar + index %6.1f ms",
							median(cpu[0]), median(cpu[1]), median(cpu[2])));
				}
			}
			double[][] phases = new double[6][repetitions];
			double[][] cpuPhases = new double[6][repetitions];
			List<String> locations = List.of("filesystem:" + corpus.retortDir(), "filesystem:" + indexed,
					"classpath:" + Corpus.JAR_FOLDER);
			for (int i = -3; i < repetitions; i++) {
				for (int v = 0; v < 3; v++) {
					long[] pass = loadAndPlan(locations.get(v), jarLoader, size);
					if (i >= 0) {
						phases[2 * v][i] = pass[0] / 1e6;
						phases[2 * v + 1][i] = pass[1] / 1e6;
						cpuPhases[2 * v][i] = pass[2] / 1e6;
						cpuPhases[2 * v + 1][i] = pass[3] / 1e6;
					}
				}
			}
			List<String> names = List.of("folder", "folder + index", "jar + index");
			for (int v = 0; v < 3; v++) {
				double load = median(phases[2 * v]);
				double rest = median(phases[2 * v + 1]);
				double loadCpu = median(cpuPhases[2 * v]);
				double restCpu = median(cpuPhases[2 * v + 1]);
				lines.add(String.format(Locale.ROOT,
						"D %-15s load + graph + plans %6.1f ms (load %6.1f, graph+plans %5.1f; thread CPU %5.1f + %4.1f)%s",
						names.get(v), load + rest, load, rest, loadCpu, restCpu,
						(v == 0) ? "" : (load + rest < 30) ? "  [ok] target < 30 ms" : "  [MISSED] target < 30 ms"));
			}
		}
		Files.createDirectories(out);
		Files.write(out.resolve("index.txt"), lines);
		lines.forEach(System.out::println);
	}

	/**
	 * Load the location, build the graph, plan up and down: {load ns, graph and plans ns}, then the
	 * same two as this thread's CPU time (all of D runs on this thread).
	 */
	private static long[] loadAndPlan(String location, ClassLoader classLoader, int size) {
		long cpuStart = THREADS.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		List<Script> scripts = LocationScriptSource.of(List.of(location), classLoader).load();
		long loaded = System.nanoTime();
		long cpuLoaded = THREADS.getCurrentThreadCpuTime();
		RevisionGraph graph = RevisionGraph.of(scripts.stream().map(Script::revision).toList());
		int steps = GraphLoad.plan(graph);
		long planned = System.nanoTime();
		long cpuPlanned = THREADS.getCurrentThreadCpuTime();
		if (scripts.size() != size || steps != 2 * size) {
			throw new IllegalStateException("planned " + steps + " steps for " + size + " revisions");
		}
		return new long[] { loaded - start, planned - loaded, cpuLoaded - cpuStart, cpuPlanned - cpuLoaded };
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
