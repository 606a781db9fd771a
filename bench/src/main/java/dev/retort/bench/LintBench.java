package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;

import dev.retort.core.api.Retort;
import dev.retort.core.lint.Finding;
import dev.retort.core.lint.Linter;
import dev.retort.core.script.Script;

/**
 * Workload G: what {@code migrate.lint.on-startup} adds to a start with 10 revisions pending on top
 * of 100 applied ones. Each pending revision holds the statements of a typical schema change (add
 * columns, an index, a foreign key, a rename, a drop). Measures {@link Retort#lintPending(String)}
 * (version-table read, dialect detection, plan and lint) and the lint alone, cold (the first call
 * in this JVM, class loading included) and warm (median of the next 50). The files are read and split
 * before the clock starts: the upgrade that follows needs them anyway.
 *
 * @since 0.1.0
 */
public final class LintBench {

	/** Revisions already applied. */
	static final int APPLIED = 100;

	/** Revisions pending, linted on start. */
	static final int PENDING = 10;

	private LintBench() {
	}

	/**
	 * Run on H2 and PostgreSQL and write the figures to {@code <out>/lint.txt}.
	 * @param args {@code [out-dir]}
	 * @throws Exception when a database refuses
	 */
	public static void main(String[] args) throws Exception {
		Path out = Path.of((args.length > 0) ? args[0] : "bench/results");
		Files.createDirectories(out);
		String report = run(List.of(Database.H2, Database.POSTGRESQL), 51);
		System.out.print(report);
		Files.writeString(out.resolve("lint.txt"), report);
	}

	/** One result line per database. */
	record Figures(Database database, double checkCold, double checkWarm, double lintCold, double lintWarm,
			int findings) {
	}

	static String run(List<Database> databases, int repetitions) throws Exception {
		StringBuilder report = new StringBuilder("G. start-up lint: " + PENDING + " pending revisions on top of "
				+ APPLIED + " applied (target < 5 ms)" + load() + "\n");
		for (Database kind : databases) {
			Figures figures = measure(kind, repetitions);
			report.append(String.format(Locale.ROOT,
					"%-11s lintPending cold %6.1f ms, warm %5.2f ms; lint alone cold %6.1f ms, warm %5.2f ms;"
							+ " %d findings%n",
					kind.label(), figures.checkCold(), figures.checkWarm(), figures.lintCold(), figures.lintWarm(),
					figures.findings()));
		}
		return report.toString();
	}

	static Figures measure(Database kind, int repetitions) throws Exception {
		Path folder = Files.createTempDirectory("retort-lint-bench");
		try (FreshDatabase database = kind.create("lint"); HikariDataSource pool = database.pool()) {
			writeRevisions(folder);
			Retort retort = Retort.configure().dataSource(pool).locations("filesystem:" + folder).load();
			retort.upgrade("r" + APPLIED);
			List<Script> scripts = new ArrayList<>();
			for (int i = 1; i <= APPLIED + PENDING; i++) {
				scripts.add(retort.script("r" + i).orElseThrow().requireParsed());
			}
			Set<String> pending = Set.of(pendingIds());
			double[] check = new double[repetitions];
			double[] lint = new double[repetitions];
			int findings = 0;
			Linter linter = Linter.forDialect(kind.label());
			for (int i = 0; i < repetitions; i++) {
				long start = System.nanoTime();
				List<Finding> found = linter.lint(scripts, pending);
				lint[i] = (System.nanoTime() - start) / 1e6;
				start = System.nanoTime();
				List<Finding> checked = retort.lintPending("heads");
				check[i] = (System.nanoTime() - start) / 1e6;
				if (checked.size() != found.size()) {
					throw new IllegalStateException("lintPending found " + checked.size() + ", lint " + found.size());
				}
				findings = found.size();
			}
			return new Figures(kind, check[0], warmMedian(check), lint[0], warmMedian(lint), findings);
		}
		finally {
			try (var files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(folder);
		}
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

	private static double warmMedian(double[] times) {
		double[] warm = Arrays.copyOfRange(times, 1, times.length);
		Arrays.sort(warm);
		return warm[warm.length / 2];
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
