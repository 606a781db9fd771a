package dev.retort.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Workloads A and B, run back to back on one fresh database per tool and N: A applies the N
 * revisions, then B starts new engines on the migrated database and times the no-op.
 *
 * @since 0.1.0
 */
final class Workloads {

	private final int noopRepetitions;

	Workloads(int noopRepetitions) {
		this.noopRepetitions = noopRepetitions;
	}

	record Outcome(ApplyResult apply, List<NoopResult> noops) {

	}

	Outcome run(Tool tool, Database database, Corpus corpus) throws Exception {
		try (FreshDatabase fresh = database.create(tool.label() + corpus.size())) {
			try (HikariDataSource pool = fresh.pool()) {
				CountingDataSource counting = new CountingDataSource(pool);
				ApplyResult apply = apply(tool, database, corpus, counting);
				verify(pool, corpus.size());
				List<NoopResult> noops = new ArrayList<>();
				noops.add(noop(tool, "cold", database, corpus, counting, false));
				if (tool == Tool.RETORT) {
					noops.add(noop(tool, "loaded", database, corpus, counting, true));
				}
				return new Outcome(apply, noops);
			}
		}
	}

	private static ApplyResult apply(Tool tool, Database database, Corpus corpus, CountingDataSource counting)
			throws Exception {
		int size = corpus.size();
		long start;
		long end;
		try (Tool.Engine engine = tool.build(counting, corpus)) {
			counting.reset(size);
			start = System.nanoTime();
			engine.run();
			end = System.nanoTime();
		}
		long[] marks = counting.marks();
		if (counting.inserts() != size) {
			throw new IllegalStateException(tool.label() + " on " + database.label() + " ran " + counting.inserts()
					+ " revision inserts; expected " + size);
		}
		int chunk = Math.max(1, Math.min(1000, size / 10));
		// the first chunk starts at the first insert: what came before is start-up, not per-revision work
		double first = (marks[chunk] - marks[1]) / 1e3 / Math.max(1, chunk - 1);
		double last = (marks[size] - marks[size - chunk]) / 1e3 / chunk;
		List<Double> curve = new ArrayList<>();
		int pieces = Math.min(20, size);
		for (int i = 0; i < pieces; i++) {
			int from = i * size / pieces;
			int to = (i + 1) * size / pieces;
			long fromTime = (from == 0) ? start : marks[from];
			curve.add((marks[to] - fromTime) / 1e3 / (to - from));
		}
		double totalMs = (end - start) / 1e6;
		return new ApplyResult(tool, database, size, totalMs, totalMs * 1e3 / size, first, last,
				counting.roundTrips(), counting.commits(), curve);
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
