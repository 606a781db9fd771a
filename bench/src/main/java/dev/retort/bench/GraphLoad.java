package dev.retort.bench;

import java.util.Arrays;
import java.util.List;

import dev.retort.core.graph.Plan;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.script.LocationScriptSource;
import dev.retort.core.script.Script;

/**
 * Workload D with a plain clock: load N revision files, build the graph, plan
 * {@code base -> heads} and {@code heads -> base}. {@link GraphBenchmark} measures the same with JMH.
 *
 * @since 0.1.0
 */
final class GraphLoad {

	private GraphLoad() {
	}

	/**
	 * One pass; returns the three phases in nanoseconds.
	 */
	static long[] once(Corpus corpus) {
		long start = System.nanoTime();
		List<Script> scripts = LocationScriptSource
			.of(List.of("filesystem:" + corpus.retortDir()), GraphLoad.class.getClassLoader())
			.load();
		long loaded = System.nanoTime();
		RevisionGraph graph = RevisionGraph.of(scripts.stream().map(Script::revision).toList());
		long built = System.nanoTime();
		int steps = plan(graph);
		long planned = System.nanoTime();
		if (scripts.size() != corpus.size() || steps != 2 * corpus.size()) {
			throw new IllegalStateException("Graph of " + corpus.size() + " revisions planned " + steps + " steps");
		}
		return new long[] { loaded - start, built - loaded, planned - built };
	}

	static int plan(RevisionGraph graph) {
		Plan up = graph.upgrade(List.of(), "heads");
		Plan down = graph.downgrade(graph.heads(), "base");
		return up.steps().size() + down.steps().size();
	}

	static List<RevisionHeader> chain(int size) {
		RevisionHeader[] revisions = new RevisionHeader[size];
		for (int k = 1; k <= size; k++) {
			revisions[k - 1] = (k == 1) ? RevisionHeader.of(Corpus.id(k)) : RevisionHeader.of(Corpus.id(k), Corpus.id(k - 1));
		}
		return Arrays.asList(revisions);
	}

	/**
	 * Warm up for about the given time, then take the median of each phase over repeated passes.
	 */
	static GraphResult measure(Corpus corpus, long warmupMillis, int repetitions) {
		long until = System.nanoTime() + warmupMillis * 1_000_000;
		do {
			once(corpus);
		}
		while (System.nanoTime() < until);
		long[][] phases = new long[3][repetitions];
		for (int i = 0; i < repetitions; i++) {
			long[] pass = once(corpus);
			for (int p = 0; p < 3; p++) {
				phases[p][i] = pass[p];
			}
		}
		return new GraphResult(corpus.size(), median(phases[0]), median(phases[1]), median(phases[2]));
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

}
