package dev.retort.bench;

import java.io.IOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;

import dev.retort.core.api.Retort;
import dev.retort.core.lint.Finding;
import dev.retort.core.lint.Linter;

/**
 * Workload G: what {@code migrate.lint.on-startup} adds to a start with 10 revisions pending on top
 * of 100 applied ones. Each pending revision holds the statements of a typical schema change (add
 * columns, an index, a foreign key, a rename, a drop). The parent process prepares one database per
 * kind (an H2 file database, a fresh PostgreSQL one) and starts fresh JVMs on it, one after the
 * other, as Boot starts would be. Each JVM opens a pool and loads the revisions as Boot does, splits
 * the pending files (the upgrade that follows needs them anyway), then times its first
 * {@link Retort#lintPending(String)} (version-table read, dialect detection, plan and lint, class
 * loading included) and the median of the next 50. Two kinds of JVM:
 * <ul>
 * <li>{@code first}: lintPending is the first thing the JVM does with the database, so its first
 * call also pays the first version-table read and plan, which the upgrade after it then finds
 * warm;</li>
 * <li>{@code own}: the JVM reads the version table and plans the upgrade first, as the upgrade
 * does, then times {@link Retort#lintPending(String, List)} on the heads it read, which is what the
 * start-up lint adds inside the upgrade ({@link Retort#upgradeLinted}): no read of its own;</li>
 * <li>{@code warmed}: as {@code own}, with {@link Linter#warmUp()} started on a thread when the JVM
 * starts, as the Boot starter does when the environment is ready; the clock starts before waiting
 * for it, and the line adds the warm-up thread's own CPU time.</li>
 * </ul>
 * Every time is given as wall time and as the calling thread's CPU time (steadier on a busy
 * machine), as the median over the JVMs with their spread, with the classes the first call loaded.
 *
 * @since 0.1.0
 */
public final class LintBench {

	/** Revisions already applied. */
	static final int APPLIED = 100;

	/** Revisions pending, linted on start. */
	static final int PENDING = 10;

	/** Fresh JVMs per database and kind. */
	static final int JVMS = 7;

	/** Warm calls after the first one, in each JVM. */
	static final int WARM = 50;

	private LintBench() {
	}

	/**
	 * Run on H2 and PostgreSQL and write the figures to {@code <out>/lint.txt}; with
	 * {@code --jvm first|own KIND URL USER PASSWORD FOLDER}, measure one fresh JVM and print its figures.
	 * @param args {@code [out-dir [jvms]]}
	 * @throws Exception when a database refuses
	 */
	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("--jvm")) {
			System.out.println(oneJvm(args[1], Database.valueOf(args[2]), args[3], args[4], args[5],
					Path.of(args[6])));
			return;
		}
		Path out = Path.of((args.length > 0) ? args[0] : "bench/results");
		int jvms = (args.length > 1) ? Integer.parseInt(args[1]) : JVMS;
		Files.createDirectories(out);
		String report = run(List.of(Database.H2, Database.POSTGRESQL), jvms);
		System.out.print(report);
		Files.writeString(out.resolve("lint.txt"), report);
	}

	/**
	 * One JVM's figures, in milliseconds.
	 * @param cold the first call, wall time
	 * @param coldCpu the first call, CPU time of the calling thread
	 * @param warm the median of the next calls, wall time
	 * @param warmCpu the same, CPU time
	 * @param classes the classes the first call loaded
	 * @param findings the findings
	 */
	record Figures(double cold, double coldCpu, double warm, double warmCpu, long classes, int findings,
			double warmUpCpu) {

		static Figures parse(String line) {
			String[] parts = line.strip().split(" ");
			return new Figures(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
					Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Long.parseLong(parts[4]),
					Integer.parseInt(parts[5]), Double.parseDouble(parts[6]));
		}

		String line() {
			return String.format(Locale.ROOT, "%.3f %.3f %.3f %.3f %d %d %.3f", this.cold, this.coldCpu, this.warm,
					this.warmCpu, this.classes, this.findings, this.warmUpCpu);
		}

	}

	/** The kinds of JVM, in report order (see the class comment). */
	static final List<String> MODES = List.of("first", "own", "warmed");

	static String run(List<Database> databases, int jvms) throws Exception {
		StringBuilder report = new StringBuilder("G. start-up lint: " + PENDING + " pending revisions on top of "
				+ APPLIED + " applied (target < 5 ms); " + jvms
				+ " fresh JVMs per line, median [min-max], wall / CPU of the calling thread" + load() + "\n");
		for (Database kind : databases) {
			for (Map.Entry<String, List<Figures>> mode : measure(kind, jvms).entrySet()) {
				List<Figures> runs = mode.getValue();
				report.append(String.format(Locale.ROOT,
						"%-11s %-6s cold %s / %s ms (%s classes loaded), warm %s / %s ms; %d findings%s%n",
						kind.label(), mode.getKey(), spread(runs, Figures::cold, "%.1f"),
						spread(runs, Figures::coldCpu, "%.1f"), spread(runs, Figures::classes, "%.0f"),
						spread(runs, Figures::warm, "%.2f"), spread(runs, Figures::warmCpu, "%.2f"),
						runs.get(0).findings(), mode.getKey().equals("warmed")
								? "; warm-up thread " + spread(runs, Figures::warmUpCpu, "%.1f") + " ms CPU" : ""));
			}
		}
		return report.toString();
	}

	/** Prepare a database of a kind and measure each kind of JVM on it. */
	static Map<String, List<Figures>> measure(Database kind, int jvms) throws Exception {
		Path folder = Files.createTempDirectory("retort-lint-bench");
		try {
			writeRevisions(folder);
			if (kind == Database.H2) {
				String url = "jdbc:h2:file:" + folder.resolve("h2").toAbsolutePath();
				prepare(new FreshDatabase(kind, url, "sa", "", "retort_bench_lint"), folder);
				return modes(kind, url, "sa", "", folder, jvms);
			}
			try (FreshDatabase database = kind.create("lint")) {
				prepare(database, folder);
				return modes(kind, database.url(), database.user(), database.password(), folder, jvms);
			}
		}
		finally {
			try (var files = Files.walk(folder)) {
				for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	private static Map<String, List<Figures>> modes(Database kind, String url, String user, String password,
			Path folder, int jvms) throws Exception {
		Map<String, List<Figures>> modes = new LinkedHashMap<>();
		for (String mode : MODES) {
			modes.put(mode, jvms(mode, kind, url, user, password, folder, jvms));
		}
		return modes;
	}

	/** Apply the first {@link #APPLIED} revisions, then let go of the database (H2 files are closed). */
	private static void prepare(FreshDatabase database, Path folder) throws Exception {
		try (HikariDataSource pool = database.pool()) {
			Retort.configure().dataSource(pool).locations("filesystem:" + folder).load().upgrade("r" + APPLIED);
		}
	}

	private static List<Figures> jvms(String mode, Database kind, String url, String user, String password,
			Path folder, int jvms) throws Exception {
		List<Figures> runs = new ArrayList<>();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		for (int i = 0; i < jvms; i++) {
			Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
					LintBench.class.getName(), "--jvm", mode, kind.name(), url, user, password, folder.toString())
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException("the " + kind.label() + " JVM failed: " + output);
			}
			String[] lines = output.strip().split("\n");
			runs.add(Figures.parse(lines[lines.length - 1]));
		}
		return runs;
	}

	/** One fresh JVM: load as Boot does, then time the first lintPending and the warm ones. */
	static String oneJvm(String mode, Database kind, String url, String user, String password, Path folder)
			throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] warmUpCpu = new double[1];
		Thread warmUp = new Thread(() -> {
			Linter.warmUp();
			warmUpCpu[0] = threads.getCurrentThreadCpuTime() / 1e6;
		}, "retort-lint-warm-up");
		if (mode.equals("warmed")) {
			warmUp.start();
		}
		try (HikariDataSource pool = new FreshDatabase(kind, url, user, password, "retort_bench_lint").pool()) {
			Retort retort = Retort.configure().dataSource(pool).locations("filesystem:" + folder).load();
			for (String id : pendingIds()) {
				retort.script(id).orElseThrow().requireParsed();
			}
			List<String> current = null;
			if (!mode.equals("first")) {
				// what the upgrade does before its first revision, whether or not the lint ran; the start-up
				// lint runs inside the upgrade (Retort.upgradeLinted) on the heads this read found
				current = retort.current();
				retort.graph().upgrade(current, "heads");
			}
			ClassLoadingMXBean loading = ManagementFactory.getClassLoadingMXBean();
			long classesBefore = loading.getTotalLoadedClassCount();
			long cpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			if (mode.equals("warmed")) {
				warmUp.join();
			}
			List<Finding> first = (current != null) ? retort.lintPending("heads", current) : retort.lintPending("heads");
			double cold = (System.nanoTime() - start) / 1e6;
			double coldCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
			long classes = loading.getTotalLoadedClassCount() - classesBefore;
			double[] warm = new double[WARM];
			double[] warmCpu = new double[WARM];
			for (int i = 0; i < WARM; i++) {
				cpu = threads.getCurrentThreadCpuTime();
				start = System.nanoTime();
				List<Finding> again = (current != null) ? retort.lintPending("heads", current)
						: retort.lintPending("heads");
				warm[i] = (System.nanoTime() - start) / 1e6;
				warmCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
				if (!again.equals(first)) {
					throw new IllegalStateException("lintPending found " + first.size() + ", then " + again.size());
				}
			}
			return new Figures(cold, coldCpu, median(warm), median(warmCpu), classes, first.size(), warmUpCpu[0]).line();
		}
	}

	private static String spread(List<Figures> runs, java.util.function.ToDoubleFunction<Figures> figure,
			String format) {
		double[] values = runs.stream().mapToDouble(figure).toArray();
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]", median(values), sorted[0],
				sorted[sorted.length - 1]);
	}

	/** The machine's load average when the run started, where the system tells it (a busy machine slows every figure). */
	private static String load() {
		try {
			return "; load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " on "
					+ Runtime.getRuntime().availableProcessors() + " cores";
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	private static String[] pendingIds() {
		String[] ids = new String[PENDING];
		for (int i = 0; i < PENDING; i++) {
			ids[i] = "r" + (APPLIED + 1 + i);
		}
		return ids;
	}

	private static double median(double[] times) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void writeRevisions(Path folder) throws IOException {
		for (int i = 1; i <= APPLIED + PENDING; i++) {
			StringBuilder file = new StringBuilder("-- revision: r" + i + "\n");
			if (i > 1) {
				file.append("-- down_revision: r").append(i - 1).append('\n');
			}
			file.append("-- message: revision ").append(i).append("\n\n-- migrate:upgrade\n");
			if (i <= APPLIED) {
				file.append("CREATE TABLE bench_t").append(i)
					.append(" (id INT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, code VARCHAR(20), created_at TIMESTAMP);\n");
			}
			else {
				int t = i - APPLIED;
				file.append("ALTER TABLE bench_t").append(t).append(" ADD COLUMN note VARCHAR(200);\n")
					.append("ALTER TABLE bench_t").append(t).append(" ADD COLUMN score INT DEFAULT 0 NOT NULL;\n")
					.append("CREATE INDEX bench_t").append(t).append("_name_idx ON bench_t").append(t).append(" (name);\n")
					.append("ALTER TABLE bench_t").append(t).append(" ADD CONSTRAINT bench_t").append(t)
					.append("_fk FOREIGN KEY (id) REFERENCES bench_t").append(t + 20).append(" (id);\n")
					.append("UPDATE bench_t").append(t).append(" SET note = name WHERE id > 0;\n")
					.append("ALTER TABLE bench_t").append(t).append(" RENAME COLUMN code TO external_code;\n")
					.append("ALTER TABLE bench_t").append(t).append(" DROP COLUMN created_at;\n");
			}
			file.append("\n-- migrate:downgrade\nSELECT 1;\n");
			Files.writeString(folder.resolve("r" + i + "_revision.sql"), file);
		}
	}

}
