package dev.retort.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
	void sampledCasesBehaveTheSameThroughTheJar() {
		Fuzzer fuzzer = new Fuzzer(FuzzTests.SEED);
		int succeeded = 0;
		int failed = 0;
		List<String> problems = new ArrayList<>();
		long start = System.nanoTime();
		for (int n = 0; n < FuzzTests.CASES; n += EVERY) {
			Fuzzer.Case fuzzCase = fuzzer.generate(n);
			try {
				FuzzCaseRunner.Verdict viaJar = FuzzCaseRunner.run(fuzzCase, this.jarRoot,
						(project, args) -> RetortJar.start(project, Map.of(), args).await(java.time.Duration.ofSeconds(60)),
						true);
				FuzzCaseRunner.Verdict inProcess = FuzzCaseRunner.run(fuzzCase, this.inProcessRoot, InProcess::run, true);
				assertThat(viaJar.outcome()).as(fuzzCase.describe()).isEqualTo(inProcess.outcome());
				if (viaJar.outcome() != FuzzCaseRunner.Outcome.SUCCEEDED) {
					assertThat(viaJar.firstLine().replace(this.jarRoot.toString(), "ROOT")).as(fuzzCase.describe())
						.isEqualTo(inProcess.firstLine().replace(this.inProcessRoot.toString(), "ROOT"));
					failed++;
				}
				else {
					succeeded++;
				}
			}
			catch (AssertionError ex) {
				problems.add(ex.getMessage());
			}
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		Figures.record("FuzzJarIT", "seed " + FuzzTests.SEED + ": " + (succeeded + failed) + " sampled cases through"
				+ " retort.jar on H2 files, " + succeeded + " succeeded, " + failed + " failed cleanly with the same FAILED"
				+ " line as in process, " + problems.size() + " problems, " + millis + " ms");
		assertThat(problems).isEmpty();
	}

}
