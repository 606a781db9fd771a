package dev.retort.bench;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Workloads A and B, run back to back on one fresh database per tool and N: A applies the N
 * revisions, then B starts new engines on the migrated database and times the no-op.
 *
 * @since 0.1.0
 */
final class Workloads {

	private final int noopRepetitions;

	private final long timeLimitMillis;

	Workloads(int noopRepetitions, long timeLimitMillis) {
		this.noopRepetitions = noopRepetitions;
		this.timeLimitMillis = timeLimitMillis;
	}

	record Outcome(ApplyResult apply, List<NoopResult> noops) {

	}

	Outcome run(Tool tool, Database database, Corpus corpus) throws Exception {
		try (FreshDatabase fresh = database.create(tool.label() + corpus.size())) {
			try (HikariDataSource pool = fresh.pool()) {
				CountingDataSource counting = new CountingDataSource(pool);
				ApplyResult apply = apply(tool, fresh, corpus, counting);
				List<NoopResult> noops = new ArrayList<>();
				if (!apply.finished()) {
					// no no-op start on a half-migrated database
					return new Outcome(apply, noops);
				}
				verify(pool, corpus.size());
				noops.add(noop(tool, "cold", database, corpus, counting, false));
				if (tool == Tool.RETORT) {
					noops.add(noop(tool, "loaded", database, corpus, counting, true));
				}
				if (tool == Tool.JDBC) {
					noops.add(readFiles(database, corpus));
				}
				return new Outcome(apply, noops);
			}
		}
	}

	private ApplyResult apply(Tool tool, FreshDatabase fresh, Corpus corpus, CountingDataSource counting)
			throws Exception {
		int size = corpus.size();
		long start;
		long end;
		boolean finished;
		try (Tool.Engine engine = tool.build(counting, corpus)) {
			counting.reset(size);
			start = System.nanoTime();
			finished = runWithin(engine, fresh);
			end = System.nanoTime();
		}
		catch (Exception ex) {
			throw new IllegalStateException(tool.label() + " failed on " + fresh.kind().label() + " with N=" + size,
					ex);
		}
		long[] marks = counting.marks();
		int applied = marks.length - 1;
		if (finished && applied != size) {
			throw new IllegalStateException(tool.label() + " on " + fresh.kind().label() + " ran " + applied
					+ " revision inserts; expected " + size);
		}
		if (!finished) {
			end = start + this.timeLimitMillis * 1_000_000;
		}
		int chunk = Math.max(2, Math.min(1000, size / 10));
		// the first chunk starts at the first insert: what came before is start-up, not per-revision work
		double first = (applied >= chunk) ? (marks[chunk] - marks[1]) / 1e3 / (chunk - 1) : Double.NaN;
		double last = (applied >= 2 * chunk) ? (marks[applied] - marks[applied - chunk]) / 1e3 / chunk : Double.NaN;
		List<Double> curve = new ArrayList<>();
		int pieces = Math.min(20, size);
		for (int i = 0; i < pieces; i++) {
			int from = i * size / pieces;
			int to = (i + 1) * size / pieces;
			if (to > applied) {
				break;
			}
			long fromTime = (from == 0) ? start : marks[from];
			curve.add((marks[to] - fromTime) / 1e3 / (to - from));
		}
		double totalMs = (end - start) / 1e6;
		return new ApplyResult(tool, fresh.kind(), size, applied, totalMs, totalMs * 1e3 / Math.max(1, applied),
				first, last, counting.roundTrips(), counting.commits(), curve);
	}

	/**
	 * Run the engine; past the time limit, cut the database from under it so that it stops.
	 * @return whether it finished in time
	 */
	private boolean runWithin(Tool.Engine engine, FreshDatabase fresh) throws Exception {
		Thread.UncaughtExceptionHandler quiet = (thread, ex) -> {
		};
		Exception[] failure = new Exception[1];
		Thread worker = new Thread(() -> {
			try {
				engine.run();
			}
			catch (Exception ex) {
				failure[0] = ex;
			}
		}, "bench-run");
		worker.setUncaughtExceptionHandler(quiet);
		worker.start();
		worker.join(this.timeLimitMillis);
		if (worker.isAlive()) {
			fresh.kill();
			worker.join(60_000);
			return false;
		}
		if (failure[0] != null) {
			throw failure[0];
		}
		return true;
	}

	/**
	 * The floor of a start that checks its files: list Retort's revision folder and read every
	 * file, nothing else. Reported beside B, where reading the files is what grows with N.
	 */
	private NoopResult readFiles(Database database, Corpus corpus) throws IOException {
		double[] times = new double[this.noopRepetitions];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			long bytes = 0;
			try (Stream<Path> files = Files.list(corpus.retortDir())) {
				for (Path file : (Iterable<Path>) files::iterator) {
					try (FileInputStream in = new FileInputStream(file.toFile())) {
						bytes += in.readAllBytes().length;
					}
				}
			}
			times[i] = (System.nanoTime() - start) / 1e6;
			if (bytes == 0) {
				throw new IllegalStateException("no revision files in " + corpus.retortDir());
			}
		}
		Arrays.sort(times);
		return new NoopResult(Tool.JDBC, "read-files", database, corpus.size(), times[times.length / 2], times[0], 0);
	}

	private NoopResult noop(Tool tool, String variant, Database database, Corpus corpus,
			CountingDataSource counting, boolean preload) throws Exception {
		double[] times = new double[this.noopRepetitions];
		long roundTrips = 0;
		for (int i = 0; i < times.length; i++) {
			Tool.Engine engine = (tool == Tool.RETORT) ? Engines.retort(counting, corpus, preload)
					: tool.build(counting, corpus);
			try (engine) {
				counting.reset(0);
				long start = System.nanoTime();
				engine.run();
				times[i] = (System.nanoTime() - start) / 1e6;
				roundTrips = counting.roundTrips();
				if (counting.inserts() != 0) {
					throw new IllegalStateException(tool.label() + " re-ran revisions on a migrated database");
				}
			}
		}
		Arrays.sort(times);
		return new NoopResult(tool, variant, database, corpus.size(), times[times.length / 2], times[0], roundTrips);
	}

	private static void verify(javax.sql.DataSource dataSource, int size) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM bench_t" + size)) {
			if (!rows.next() || rows.getInt(1) != 1) {
				throw new IllegalStateException("bench_t" + size + " does not hold its one row");
			}
		}
	}

}
