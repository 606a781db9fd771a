package dev.retort.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input fuzzer, in process: {@code retort.fuzz.cases} (1,000) seeded cases, each against a
 * fresh H2 database, each within a time limit. Change the seed with {@code -Dretort.fuzz.seed=N}.
 */
class FuzzTests {

	static final long SEED = Long.getLong("retort.fuzz.seed", 20261125L);

	static final int CASES = Integer.getInteger("retort.fuzz.cases", 1000);

	static final long CASE_TIMEOUT_SECONDS = 30;

	@TempDir
	Path root;

	@Test
	void everyCaseSucceedsOrFailsCleanlyWithTheDatabaseUnchanged() throws Exception {
		Fuzzer fuzzer = new Fuzzer(SEED);
		Map<FuzzCaseRunner.Outcome, Integer> outcomes = new EnumMap<>(FuzzCaseRunner.Outcome.class);
		Map<String, int[]> byMutation = new TreeMap<>();
		List<String> problems = new ArrayList<>();
		List<String> report = new ArrayList<>();
		long start = System.nanoTime();
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			for (int n = 0; n < CASES; n++) {
				Fuzzer.Case fuzzCase = fuzzer.generate(n);
				Future<FuzzCaseRunner.Verdict> verdict = executor.submit(
						() -> FuzzCaseRunner.run(fuzzCase, this.root, InProcess::run, false));
				try {
					FuzzCaseRunner.Verdict v = verdict.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
					outcomes.merge(v.outcome(), 1, Integer::sum);
					for (String mutation : fuzzCase.mutations()) {
						int[] counts = byMutation.computeIfAbsent(mutation.substring(0, mutation.indexOf('@')),
								(key) -> new int[3]);
						counts[v.outcome().ordinal()]++;
					}
					report.add(fuzzCase.describe() + " -> " + v.outcome() + ": " + v.firstLine());
				}
				catch (TimeoutException ex) {
					problems.add(fuzzCase.describe() + ": no result within " + CASE_TIMEOUT_SECONDS + "s (hang)");
					verdict.cancel(true);
					break; // the stuck thread keeps the executor; stop here and report
				}
				catch (java.util.concurrent.ExecutionException ex) {
					problems.add(String.valueOf(ex.getCause().getMessage()));
					report.add(fuzzCase.describe() + " -> PROBLEM");
				}
			}
		}
		finally {
			executor.shutdownNow();
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		writeReport(report);
		StringBuilder mutations = new StringBuilder();
		byMutation.forEach((name, counts) -> mutations.append(name).append('=').append(counts[0]).append('/')
			.append(counts[1] + counts[2]).append(' '));
		Figures.record("FuzzTests", "seed " + SEED + ": " + CASES + " cases in process on H2, "
				+ outcomes.getOrDefault(FuzzCaseRunner.Outcome.SUCCEEDED, 0) + " still valid and succeeded cleanly, "
				+ outcomes.getOrDefault(FuzzCaseRunner.Outcome.FAILED_CLEANLY, 0)
				+ " failed cleanly before changing anything (one FAILED line naming the file or argument, no stack trace,"
				+ " database unchanged), " + outcomes.getOrDefault(FuzzCaseRunner.Outcome.FAILED_AFTER_EARLIER_STEPS, 0)
				+ " failed cleanly at a bad revision after earlier revisions of the same run had committed (database exactly"
				+ " as if the run had stopped before the bad revision), "
				+ problems.size() + " problems, " + millis + " ms");
		Figures.record("FuzzTests", "by mutation (succeeded/failed): " + mutations.toString().strip());
		assertThat(problems).as("cases that did not end cleanly").isEmpty();
	}

	private static void writeReport(List<String> report) throws IOException {
		Path folder = Path.of(System.getProperty("retort.reports", "target/reliability"));
		Files.createDirectories(folder);
		Files.write(folder.resolve("fuzz-cases.txt"), report);
	}

}
