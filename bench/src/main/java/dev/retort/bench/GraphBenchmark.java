package dev.retort.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;

/**
 * Workload D under JMH: loading N revision files and planning both ways ({@code loadAndPlan}),
 * and the pure graph work on revisions already in memory ({@code graphAndPlan}), for N = 1,000,
 * 5,000 and 10,000 to show that both grow linearly.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class GraphBenchmark {

	/** The number of revisions. */
	@Param({ "1000", "5000", "10000" })
	public int size;

	private Corpus corpus = Corpus.write(0);

	private List<RevisionHeader> revisions = List.of();

	/** Write the files and the in-memory chain. */
	@Setup(Level.Trial)
	public void setUp() {
		this.corpus.close();
		this.corpus = Corpus.write(this.size);
		this.revisions = GraphLoad.chain(this.size);
	}

	/** Delete the files. */
	@TearDown(Level.Trial)
	public void tearDown() {
		this.corpus.close();
	}

	/**
	 * @return the three phases' times, so that nothing is optimized away
	 */
	@Benchmark
	public long[] loadAndPlan() {
		return GraphLoad.once(this.corpus);
	}

	/**
	 * @return the number of planned steps
	 */
	@Benchmark
	public int graphAndPlan() {
		return GraphLoad.plan(RevisionGraph.of(this.revisions));
	}

}
