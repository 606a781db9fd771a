package dev.retort.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sample of the fuzzer's cases (every 20th: 50 of 1,000) through the real {@code retort.jar},
 * against an H2 file database: the same verdict and the same {@code FAILED:} line as in process.
 */
class FuzzJarIT {

	static final int EVERY = 20;

	@TempDir
	Path jarRoot;

	@TempDir
	Path inProcessRoot;

	@Test
	void sampledCasesBehaveTheSameThroughTheJar() throws Exception {
		Fuzzer fuzzer = new Fuzzer(FuzzTests.SEED);
		AtomicInteger succeeded = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		List<String> problems = new CopyOnWriteArrayList<>();
		long start = System.nanoTime();
		// two at a time: each case waits mostly on a JVM starting
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int n = 0; n < FuzzTests.CASES; n += EVERY) {
				Fuzzer.Case fuzzCase = fuzzer.generate(n);
				futures.add(executor.submit(() -> {
					try {
						check(fuzzCase, succeeded, failed);
					}
					catch (AssertionError | RuntimeException ex) {
						problems.add(fuzzCase.describe() + ": " + ex.getMessage());
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			executor.shutdownNow();
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		Figures.record("FuzzJarIT", "seed " + FuzzTests.SEED + ": " + (succeeded.get() + failed.get())
				+ " sampled cases through retort.jar on H2 files, " + succeeded + " succeeded, " + failed
				+ " failed cleanly with the same FAILED line as in process, " + problems.size() + " problems, " + millis
				+ " ms");
		assertThat(problems).isEmpty();
	}

	private void check(Fuzzer.Case fuzzCase, AtomicInteger succeeded, AtomicInteger failed) {
		FuzzCaseRunner.Verdict viaJar = FuzzCaseRunner.run(fuzzCase, this.jarRoot,
				(project, args) -> RetortJar.start(project, Map.of(), args).await(Duration.ofSeconds(60)), true);
		FuzzCaseRunner.Verdict inProcess = FuzzCaseRunner.run(fuzzCase, this.inProcessRoot, InProcess::run, true);
		assertThat(viaJar.outcome()).as(fuzzCase.describe()).isEqualTo(inProcess.outcome());
		if (viaJar.outcome() == FuzzCaseRunner.Outcome.SUCCEEDED) {
			succeeded.incrementAndGet();
			return;
		}
		assertThat(viaJar.firstLine().replace(this.jarRoot.toString(), "ROOT")).as(fuzzCase.describe())
			.isEqualTo(inProcess.firstLine().replace(this.inProcessRoot.toString(), "ROOT"));
		failed.incrementAndGet();
	}

}
